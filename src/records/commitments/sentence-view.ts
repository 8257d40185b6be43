/**
 * A sentence as the commitment and agreement stages read it: tokens, cues, and the countries and named
 * entities in it (from the entity records), all by sentence offsets. Tokens and cues are computed once per
 * document and sentence, so the two stages tokenise a sentence once between them; facts every cue of a
 * sentence needs (its names not inside longer names, its times, its sectors) are computed once per sentence,
 * so that a sentence with thousands of cues stays linear.
 */

import { createLastDocumentCache } from '../../mentions/_last-document.js';
import type { CueMention, CueTable } from '../../mentions/cues/index.js';
import { scanCues } from '../../mentions/cues/index.js';
import { documentTokens, type TokenList } from '../../mentions/entities/index.js';
import type { Document, Entity, EntityType, Sentence } from '../../types.js';
import { sortInPlace } from '../_sort-in-place.js';

/** A named entity or country in a sentence: sentence offsets, and for countries the ISO code. */
export interface Named {
  id: string;
  type: EntityType;
  code: string | null;
  /** For a capital, the country it can stand for ("Beijing pledged to ..."); else null. */
  capitalOf: string | null;
  start: number;
  end: number;
}

/** One sentence as the commitment and agreement steps read it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: TokenList;
  cues: CueMention[];
  /** Entities and countries named in the sentence, in text order. */
  named: Named[];
  /** The named spans not inside a longer name ("China" of "Bank of China" is left out), in text order. */
  standalone: Named[];
  /** Facts computed on first use by a step, by name (see once()). */
  facts: Map<string, unknown>;
}

type Scanned = { tokens: TokenList; cues: CueMention[] } | null;

/** Tokens and cues of the document being read (see createLastDocumentCache: no WeakMap, on purpose). */
const views = createLastDocumentCache<Document, Map<CueTable, Scanned[]>>();

/**
 * Tokens and cues of the sentence at `position` of a document, computed once per document, sentence and cue
 * table (the commitment and agreement stages share them); null when no key word of a cue is in it.
 */
export function cuesOf(document: Document, position: number, table: CueTable): Scanned {
  let byTable = views.get(document);
  if (!byTable) {
    byTable = new Map();
    views.set(document, byTable);
  }
  let scanned = byTable.get(table);
  if (!scanned) {
    scanned = [];
    byTable.set(table, scanned);
  }
  const cached = scanned[position];
  if (cached !== undefined) return cached;
  const sentence = document.sentences[position] as Sentence;
  let result: Scanned = null;
  if (table.trigger.test(sentence.text)) {
    const tokens = documentTokens(document).at(position);
    result = { tokens, cues: scanCues(sentence.text, tokens, table, sentence.start) };
  }
  scanned[position] = result;
  return result;
}

/** A view of a scanned sentence with its named spans. */
export function makeView(sentence: Sentence, scanned: NonNullable<Scanned>, named: Named[]): SentenceView {
  return { sentence, ...scanned, named, standalone: standalone(named), facts: new Map() };
}

/** A fact of a sentence, computed on first use: `once(view, 'times', () => times.extract(...))`. */
export function once<T>(view: SentenceView, name: string, compute: () => T): T {
  if (view.facts.has(name)) return view.facts.get(name) as T;
  const value = compute();
  view.facts.set(name, value);
  return value;
}

/**
 * Entity mentions by sentence index, in sentence offsets, for the sentences in `wanted` only (all when omitted):
 * `namedBySentence(entities, sentences, new Set([3]))`.
 */
export function namedBySentence(
  entities: readonly Entity[],
  sentences: readonly Sentence[],
  wanted?: ReadonlySet<number>,
): Map<number, Named[]> {
  const bySentence = new Map<number, Named[]>();
  for (const entity of entities) {
    const capitalOf = (entity as { placeKind?: string }).placeKind === 'capital' ? entity.country : null;
    for (const mention of entity.mentions) {
      if (wanted && !wanted.has(mention.sentence)) continue;
      const sentence = sentences[mention.sentence];
      if (!sentence) continue;
      let list = bySentence.get(mention.sentence);
      if (!list) {
        list = [];
        bySentence.set(mention.sentence, list);
      }
      list.push({
        id: entity.id,
        type: entity.type,
        code: entity.type === 'country' ? entity.country : null,
        capitalOf,
        start: mention.start - sentence.start,
        end: mention.end - sentence.start,
      });
    }
  }
  for (const list of bySentence.values()) sortInPlace(list, (a, b) => a.start - b.start || b.end - a.end);
  return bySentence;
}

/**
 * The named spans that are not part of a longer name, in one sweep over spans sorted by start (longest first):
 * "China" inside "the China–Kyrgyzstan–Uzbekistan railway" or "Bank of China" is left out, "Chinese" in
 * "Chinese investors" stays.
 */
export function standalone(named: readonly Named[]): Named[] {
  const kept: Named[] = [];
  let coveredTo = -1;
  for (const n of named) {
    if (n.end > coveredTo) kept.push(n);
    if (n.type !== 'country' && n.end > coveredTo) coveredTo = n.end;
  }
  return kept;
}

/** Index of the first span starting at or after `start` (binary search over spans in text order). */
export function firstFrom(spans: readonly Named[], start: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as Named).start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans lying within [from, to) of the sentence: `within(view.standalone, 0, 20)`. */
export function within(spans: readonly Named[], from: number, to: number): Named[] {
  const found: Named[] = [];
  for (let i = firstFrom(spans, from); i < spans.length; i++) {
    const span = spans[i] as Named;
    if (span.start >= to) break;
    if (span.end <= to) found.push(span);
  }
  return found;
}

/**
 * The two countries a document is about, from its country entities: the two named most often, ties to the one
 * named first, sorted: ["CN", "KZ"] for the seed report.
 */
export function mainPairOf(entities: readonly Entity[]): string[] {
  return entities
    .filter((entity) => entity.type === 'country' && entity.country !== null)
    .map((entity, order) => ({ code: entity.country as string, count: entity.mentions.length, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, 2)
    .map((entry) => entry.code)
    .sort();
}
