import { AccordError } from '../errors.js';
import type { RawDocument } from '../types.js';
import { SHORT_SUMMARY_CHARS } from './_constants.js';
import type { SourceOptions, SourceResult } from './_types.js';
import { followItemPage } from './follow-item-page.js';
import { htmlFragmentToText } from './html-fragment-to-text.js';
import { isHttpUrl } from './is-http-url.js';
import { type FeedItem, type ParsedFeed, parseFeed } from './parse-feed.js';
import { plainTextToBlocks } from './plain-text-to-blocks.js';
import { toFailure } from './to-failure.js';

/**
 * One result per feed item, converted as it is reached; a summary-only item's page is fetched when `follow`
 * is on: `for await (const result of feedDocuments(xml, 'news.rss', options)) ...`.
 */
export async function* feedDocuments(
  xml: string,
  source: string,
  options: SourceOptions,
): AsyncGenerator<SourceResult> {
  const feed = parseFeed(xml);
  if (feed.items.length === 0) throw new AccordError('EMPTY', 'feed has no items');
  for (const [index, item] of feed.items.entries()) {
    const itemSource = item.link ?? `${source}#item-${index + 1}`;
    try {
      yield { ok: true, raw: await itemDocument(item, feed, itemSource, options) };
    } catch (error) {
      yield toFailure(itemSource, error);
    }
  }
}

async function itemDocument(
  item: FeedItem,
  feed: ParsedFeed,
  source: string,
  options: SourceOptions,
): Promise<RawDocument> {
  const text =
    item.content === null
      ? ''
      : item.isHtml
        ? htmlFragmentToText(item.content)
        : plainTextToBlocks(item.content);
  const title = item.title?.includes('<') ? htmlFragmentToText(item.title) : item.title;
  if (options.follow && text.length < SHORT_SUMMARY_CHARS && item.link && isHttpUrl(item.link)) {
    const page = await followItemPage(item.link, options);
    if (page && page.text.length > text.length) {
      return {
        source,
        format: 'html',
        text: page.text,
        title: page.title ?? title,
        outlet: feed.title ?? page.outlet,
        author: page.author ?? item.author,
        published: page.published ?? item.published,
        lang: page.lang ?? feed.lang,
      };
    }
  }
  if (text === '') throw new AccordError('NO_TEXT', 'feed item has no text');
  return {
    source,
    format: 'feed',
    text,
    title,
    outlet: feed.title,
    author: item.author,
    published: item.published,
    lang: feed.lang,
  };
}
