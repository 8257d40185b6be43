import { htmlToText } from './html-to-text.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { plainTextToBlocks } from './plain-text-to-blocks.js';
import { removeBoilerplate } from './remove-boilerplate.js';

/**
 * Text of an HTML fragment (a feed item's content), without Readability:
 * `htmlFragmentToText('<p>Trade rose.</p><p>45 projects.</p>')` is "Trade rose.\n45 projects.".
 */
export function htmlFragmentToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return plainTextToBlocks(html);
  const document = parseHtmlDocument(html);
  const root = document.body ?? document;
  removeBoilerplate(root);
  return htmlToText(root);
}
