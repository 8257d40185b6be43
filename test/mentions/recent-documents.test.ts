/** The caches of what stages compute about a document: the last one, or the last few of a group. */
import { describe, expect, it } from 'vitest';
import { createLastDocumentCache, createRecentDocumentsCache } from '../../src/mentions/_last-document.js';

describe('createLastDocumentCache', () => {
  it('answers for the last document set only', () => {
    const cache = createLastDocumentCache<object, string>();
    const [a, b] = [{}, {}];
    cache.set(a, 'a');
    expect(cache.get(a)).toBe('a');
    cache.set(b, 'b');
    expect([cache.get(a), cache.get(b)]).toEqual([undefined, 'b']);
  });
});

describe('createRecentDocumentsCache', () => {
  it('keeps the last `capacity` documents and lets go of the oldest first', () => {
    const cache = createRecentDocumentsCache<object, number>(3);
    const documents = Array.from({ length: 5 }, () => ({}));
    documents.forEach((document, i) => {
      cache.set(document, i);
    });
    expect(documents.map((document) => cache.get(document))).toEqual([undefined, undefined, 2, 3, 4]);
  });

  it('counts a document set again as the newest', () => {
    const cache = createRecentDocumentsCache<object, string>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 'a');
    cache.set(b, 'b');
    cache.set(a, 'a again');
    cache.set(c, 'c');
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual(['a again', undefined, 'c']);
  });

  it('tells documents apart by identity, not by content', () => {
    const cache = createRecentDocumentsCache<{ id: string }, string>();
    cache.set({ id: 'x' }, 'first');
    expect(cache.get({ id: 'x' })).toBeUndefined();
  });
});
