/**
 * What the stages compute about the document being processed, kept for one document at a time: the name,
 * commitment and agreement stages read the same document object one after another and share what the first one
 * computed (the tokens of each sentence, its cues).
 *
 * Not a WeakMap keyed by document: V8's young-generation collector keeps the values of a WeakMap alive until a full
 * collection, so every document's token lists were promoted to the old generation and collected there; that took
 * a fifth of the pipeline's time. One document held here costs nothing of the kind, and a caller that interleaves
 * documents only computes again what it would have shared.
 */

/** A cache of one entry by object identity: `cache.get(document)` is what `cache.set(document, ...)` stored, or undefined. */
export interface LastDocumentCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/** A cache that holds the value of the last key set only: `createLastDocumentCache<Document, Tokens[]>()`. */
export function createLastDocumentCache<K extends object, V>(): LastDocumentCache<K, V> {
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return {
    get: (key) => (key === lastKey ? lastValue : undefined),
    set(key, value) {
      lastKey = key;
      lastValue = value;
    },
  };
}

/**
 * Documents whose facts a stage-by-stage run keeps (createRecentDocumentsCache): the pipeline extracts a group of
 * documents at most this large with one stage over all of them before the next (extractRecordsOfGroup).
 */
export const DOCUMENTS_KEPT = 64;

/**
 * A cache of the values of the last `capacity` keys set, by object identity, the oldest dropped first: what one
 * stage computes about each document of a group, read by a later stage after the whole group went through the
 * first (the figure stage's country scans, read by the entity stage). A plain Map that lets go of old keys itself,
 * not a WeakMap (see above).
 */
export function createRecentDocumentsCache<K extends object, V>(
  capacity = DOCUMENTS_KEPT,
): LastDocumentCache<K, V> {
  const entries = new Map<K, V>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
  };
}
