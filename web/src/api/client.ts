import { useEffect, useState } from 'preact/hooks';
import type { Page, Problem } from './types.js';

/** An API call that failed: the problem's title and detail, or what went wrong on the way. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A path under /api/ with its query: `apiUrl('series', {parties: 'CN,KZ'})` is "/api/series?parties=CN%2CKZ". */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `/api/${path}${text ? `?${text}` : ''}`;
}

/** GETs JSON from the API, turning problem details into an ApiError. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = (await response.json()) as Problem;
      message = problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
    } catch {
      // Not a problem document; the status line says enough.
    }
    throw new ApiError(message, response.status);
  }
  return (await response.json()) as T;
}

/** Every item of a list, following `next` (at most `maxPages` pages of 500): `getAll('/api/commitments')`. */
export async function getAll<T>(url: string, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = url.includes('?') ? '&' : '?';
    const pageUrl: string = `${url}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const result: Page<T> = await getJson<Page<T>>(pageUrl, signal);
    items.push(...result.items);
    cursor = result.next;
    if (!cursor) break;
  }
  return items;
}

/** What a view is waiting for: the data, the error, or neither yet. */
export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; data: T };

/** Runs a load whenever `key` changes, dropping answers to earlier keys: `useLoad(url, (s) => getJson(url, s))`. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // The key names the load: a new closure each render is the same load, so only a new key reloads.
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (data) => setLoaded({ state: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'error', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [key]);
  return loaded;
}
