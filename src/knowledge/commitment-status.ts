import type { Stored } from '../store/store.js';
import type { Commitment, CommitmentStatus } from '../types.js';

/** A sentence of a later document that may report on a commitment. */
export interface Evidence {
  document: string;
  outlet: string | null;
  published: string | null;
  sentence: string;
}

/** One change of a commitment's status, citing the document that caused it. */
export interface StatusChange {
  status: CommitmentStatus;
  date: string | null;
  document: string | null;
  outlet: string | null;
  sentence: string | null;
  /** Why: "a later report says it opened", "the deadline passed with no report of it". */
  reason: string;
  /** True when the evidence matches the commitment only in part: the record says so rather than guess silently. */
  uncertain: boolean;
}

/** A commitment with its status over time; `status` is the latest. */
export interface TrackedCommitment {
  commitment: Stored<Commitment>;
  status: CommitmentStatus;
  history: StatusChange[];
}

// What later reports say of a promise, in the promise-tracker vocabulary. Each matches a report such as "the branch
// officially opened on Tuesday" (kept); none matches "will open" (a promise, not an outcome).
const OUTCOMES: ReadonlyArray<[CommitmentStatus, RegExp]> = [
  [
    'broken',
    /\b(?:cancel(?:l)?ed|abandoned|scrapped|called off|terminated|withdrew from|dropped the plan)\b/i,
  ],
  ['stalled', /\b(?:postponed|suspended|frozen|delayed|stalled|put on hold|behind schedule)\b/i],
  // Partly done or scaled back: "the first of the three centres opened", "only partially completed". Checked
  // before kept, whose words ("opened", "completed") these sentences also hold.
  [
    'compromise',
    /\b(?:partially|partly|in part|scaled[- ]back|scaled down|cut back|downsized|reduced (?:in )?scope|smaller than (?:planned|promised)|fell short|only (?:one|two|three|some|part|half) of|the first of (?:the )?(?:two|three|four|five|several))\b/i,
  ],
  [
    'kept',
    /\b(?:(?:officially |was |were |has been |have been )?(?:opened|inaugurated|launched|completed|commissioned|put into operation|came into force|admitted its first)|began operating|started operating|doubled)\b/i,
  ],
  [
    'in the works',
    /\b(?:under construction|being (?:built|prepared|implemented)|under way|still being|in progress|work (?:continues|began|has begun))\b/i,
  ],
];

/** Words too common to tie a report to a commitment. */
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'and',
  'to',
  'for',
  'with',
  'another',
  'further',
  'new',
  'its',
  'their',
  'both',
  'countries',
  'two',
]);

function keyWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [])].filter(
    (w) => w.length > 2 && !STOP.has(w),
  );
}

/** Share of the commitment's object words found in a sentence: 1 when all are there. */
function overlap(objectWords: readonly string[], sentence: string): number {
  if (objectWords.length === 0) return 0;
  const lower = sentence.toLowerCase();
  return objectWords.filter((w) => lower.includes(w)).length / objectWords.length;
}

/** Words a search for later reports on a commitment should use: its object's key words. */
export function evidenceQuery(commitment: Commitment): string[] {
  return keyWords(commitment.object).slice(0, 6);
}

/**
 * A commitment's status over time, from later reports and its deadline: a promise to open a university branch
 * that a later report says "officially opened" is kept, citing that report; a report that it is "still being
 * prepared" keeps it in the works; a deadline passed with no outcome makes it stalled. A match on only part of the
 * object is marked uncertain. `today` (ISO date) decides whether a deadline has passed.
 */
export function trackCommitment(
  commitment: Stored<Commitment>,
  evidence: readonly Evidence[],
  today: string,
): TrackedCommitment {
  const history: StatusChange[] = [
    {
      status: commitment.status,
      date: commitment.published,
      document: commitment.document,
      outlet: commitment.outlet,
      sentence: commitment.sentence,
      reason: commitment.status === 'in the works' ? 'stated as ongoing work' : 'a new promise',
      uncertain: false,
    },
  ];
  // A target with a number ("bring trade to $35 billion") is judged by the figures (accord targets), not by
  // sentences that happen to share its words.
  const words = commitment.figure !== null || /\d/.test(commitment.object) ? [] : keyWords(commitment.object);
  const later = evidence
    .filter((e) => e.document !== commitment.document && (e.published ?? '') > (commitment.published ?? ''))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  for (const e of later) {
    const share = overlap(words, e.sentence);
    if (share < 0.5) continue;
    const outcome = OUTCOMES.find(([, pattern]) => pattern.test(e.sentence));
    if (!outcome) continue;
    const [status] = outcome;
    const current = history[history.length - 1] as StatusChange;
    if (status === current.status) continue;
    history.push({
      status,
      date: e.published,
      document: e.document,
      outlet: e.outlet,
      sentence: e.sentence,
      reason: `a later report says: ${outcome[1].exec(e.sentence)?.[0] ?? status}`,
      uncertain: share < 0.8,
    });
  }
  const last = history[history.length - 1] as StatusChange;
  const deadline = commitment.deadline?.end;
  const open = last.status === 'not yet rated' || last.status === 'in the works';
  if (open && deadline && deadline < today) {
    history.push({
      status: 'stalled',
      date: deadline,
      document: null,
      outlet: null,
      sentence: null,
      reason: `the deadline (${commitment.deadline?.label}) passed with no report of the outcome`,
      uncertain: true,
    });
  }
  return { commitment, status: (history[history.length - 1] as StatusChange).status, history };
}
