import type { SourceOptions } from './_types.js';
import { decodeBytes } from './decode-bytes.js';
import { detectBinary } from './detect-binary.js';
import { extractHtml, type HtmlArticle } from './extract-html.js';
import { fetchUrl } from './fetch-url.js';
import { charsetFromContentType } from './find-declared-charset.js';
import { chooseFormat, formatHint, sniffFormat } from './sniff-format.js';

/**
 * The article of a feed item's page, or null when it cannot be had (not HTML, an error, no text), so the item
 * keeps its summary: `await followItemPage('https://mfa.kz/news/1', options)`.
 */
export async function followItemPage(link: string, options: SourceOptions): Promise<HtmlArticle | null> {
  try {
    const page = await fetchUrl(link, options);
    const hint = formatHint(page.contentType ?? '') ?? 'html';
    if (chooseFormat(sniffFormat(page.bytes), hint) !== 'html' || detectBinary(page.bytes)) return null;
    const html = decodeBytes(page.bytes, {
      format: 'html',
      declared: charsetFromContentType(page.contentType),
    });
    return extractHtml(html, { url: page.url });
  } catch {
    return null;
  }
}
