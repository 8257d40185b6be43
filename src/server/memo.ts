/**
 * A result computed once and shared for a short time: concurrent requests wait for the same computation, and later ones
 * reuse it until it is `ttlMs` old or `clear()` is called (after a write through this server). For answers that read
 * the whole store (the relationships overview) and would otherwise be recomputed on every page view.
 * `const memo = createMemo<Relationship[]>(30_000); await memo.get('all', () => summarize(...))`.
 */
export interface Memo<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createMemo<T>(ttlMs: number, now: () => number = Date.now): Memo<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, compute) {
      const entry = entries.get(key);
      if (entry && now() - entry.at < ttlMs) return entry.value;
      const value = compute();
      entries.set(key, { at: now(), value });
      // A failed computation is not kept: the next request tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
