import type { Store, Stored } from '../store/store.js';
import type { Commitment } from '../types.js';
import {
  type Evidence,
  evidenceQuery,
  type TrackedCommitment,
  trackCommitment,
} from './commitment-status.js';

/** How many search hits are read for evidence of one commitment. */
const EVIDENCE_HITS = 50;

/**
 * Sentences of later documents that share the commitment's key words: the evidence its status is judged on.
 * `await evidenceFor(store, promiseToOpenBranch)` gives every sentence of the reports published after it that
 * name the branch.
 */
export async function evidenceFor(store: Store, commitment: Stored<Commitment>): Promise<Evidence[]> {
  const words = evidenceQuery(commitment);
  if (words.length === 0) return [];
  const hits = await store.searchDocuments(words.join(' OR '), { limit: EVIDENCE_HITS });
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    if (hit.id === commitment.document || (hit.published ?? '') <= (commitment.published ?? '')) continue;
    const document = await store.getDocument(hit.id);
    for (const sentence of document?.sentences ?? []) {
      evidence.push({
        document: hit.id,
        outlet: hit.outlet,
        published: hit.published,
        sentence: sentence.text,
      });
    }
  }
  return evidence;
}

/** Which commitments to track, and the day deadlines are judged against. */
export interface CommitmentQuery {
  /** Actors include every one of these codes. */
  parties?: string[] | undefined;
  /** ISO date; a deadline before it has passed. */
  today: string;
}

/**
 * Every stored commitment of the parties with its status over time, oldest promise first:
 * `await trackCommitments(store, { parties: ['CN', 'KZ'], today: '2024-09-01' })`.
 */
export async function trackCommitments(store: Store, query: CommitmentQuery): Promise<TrackedCommitment[]> {
  const out: TrackedCommitment[] = [];
  for (const commitment of await store.listCommitments({ parties: query.parties })) {
    out.push(trackCommitment(commitment, await evidenceFor(store, commitment), query.today));
  }
  return out;
}
