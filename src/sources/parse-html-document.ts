import { parseHTML } from 'linkedom';
import type { DomDocument } from './_dom.js';

// An html start tag. Matches `<html lang="en">` and `<HTML>`; not `<htmlx>` or `</html>`.
const HTML_TAG = /<html[\s>]/i;
// A body start tag. Matches `<body class="a">`; not `<tbody>`.
const BODY_TAG = /<body[\s>]/i;

/** A linkedom document for a page or a fragment: `parseHtmlDocument('<p>45 projects</p>').body` holds the paragraph. */
export function parseHtmlDocument(html: string): DomDocument {
  // linkedom leaves a fragment outside <body> unless it is wrapped in a whole document.
  let markup = html;
  if (!HTML_TAG.test(html)) {
    markup = BODY_TAG.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
  }
  return parseHTML(markup).document as unknown as DomDocument;
}
