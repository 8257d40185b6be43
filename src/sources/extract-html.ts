import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { AccordError } from '../errors.js';
import { MIN_ARTICLE_CHARS } from './_constants.js';
import type { DomDocument, DomNode } from './_dom.js';
import { htmlToText } from './html-to-text.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { type HtmlMetadata, readHtmlMetadata } from './read-html-metadata.js';
import { removeBoilerplate } from './remove-boilerplate.js';

/** A page's article text (one block per line) and its metadata. */
export interface HtmlArticle extends HtmlMetadata {
  text: string;
}

/**
 * Article text and metadata of a page: one parse, metadata read first, boilerplate removed, then Readability;
 * a page Readability declines falls back to <main>/<article>/<body>. Throws NO_TEXT when nothing is left:
 * `extractHtml('<html lang="en"><body><p>Trade reached $41 billion.</p></body></html>').text` is "Trade reached $41 billion.".
 */
export function extractHtml(html: string, { url = null }: { url?: string | null } = {}): HtmlArticle {
  const document = parseHtmlDocument(html);
  const metadata = readHtmlMetadata(document, url);
  removeBoilerplate(document);
  let text = '';
  // The cheap check first: Readability is the expensive path, and it mutates the page.
  if (isProbablyReaderable(document as never)) {
    text = readabilityText(document);
    if (text.length < MIN_ARTICLE_CHARS) {
      // Rare: Readability kept too little of a page it took apart; read a fresh copy plainly.
      const fresh = parseHtmlDocument(html);
      removeBoilerplate(fresh);
      const plain = fallbackText(fresh);
      if (plain.length > text.length) text = plain;
    }
  } else {
    text = fallbackText(document);
  }
  if (text === '') throw new AccordError('NO_TEXT', 'no article text found');
  return { ...metadata, text };
}

function readabilityText(document: DomDocument): string {
  const reader = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
    disableJSONLD: true,
    keepClasses: true,
  });
  const article = reader.parse();
  return article?.content ? htmlToText(article.content) : '';
}

/** Text of the page's main region, without lines made only of links. */
function fallbackText(document: DomDocument): string {
  const region =
    document.querySelector('main') ??
    document.querySelector('[role="main"]') ??
    document.querySelector('article') ??
    document.body;
  const text = region ? htmlToText(region, { dropLinkLines: true }) : '';
  if (text !== '' || !document.documentElement) return text;
  return htmlToText(document.documentElement, { dropLinkLines: true });
}
