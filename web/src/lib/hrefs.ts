import { withQuery } from './router.js';

/** The reader with one figure highlighted: `figureHref('35154b…', 3)` is "/documents/35154b…?highlight=figure-3". */
export function figureHref(document: string, ord: number): string {
  return withQuery(`/documents/${document}`, { highlight: `figure-${ord}` });
}

/** The reader with one commitment highlighted. */
export function commitmentHref(document: string, ord: number): string {
  return withQuery(`/documents/${document}`, { highlight: `commitment-${ord}` });
}

/** The reader on a document, nothing highlighted. */
export function documentHref(document: string): string {
  return `/documents/${document}`;
}
