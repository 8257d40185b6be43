import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AccordError } from '../errors.js';
import {
  readRawXmlText,
  readXmlAttribute,
  readXmlText,
  type XmlNode,
  type XmlObject,
} from './read-xml-text.js';
import { toIsoDate } from './to-iso-date.js';
import { toLangCode } from './to-lang-code.js';

/** One entry of a feed, its content still HTML (or plain text when `isHtml` is false). */
export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  content: string | null;
  isHtml: boolean;
}

export interface ParsedFeed {
  title: string | null;
  lang: string | null;
  items: FeedItem[];
}

/** Elements whose content is kept unparsed, to be read as HTML. */
const CONTENT_TAGS = ['content:encoded', 'content', 'description', 'summary'];

// Entity expansion is off: a DOCTYPE's entities (a "billion laughs") stay unexpanded references.
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  stopNodes: CONTENT_TAGS.map((tag) => `*.${tag}`),
});

// An RSS author as "address (Name)". Matches `news@mfa.kz (Aigerim Sadykova)`; not `Aigerim Sadykova`.
const EMAIL_WITH_NAME = /^\S+@\S+\s+\((.+)\)$/;

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed; malformed XML or another kind of XML is BAD_FEED:
 * `parseFeed('<rss><channel><title>MFA</title><item><title>Talks</title></item></channel></rss>').items[0].title` is "Talks".
 */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AccordError('BAD_FEED', `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const root = parser.parse(xml) as XmlObject;
  const rss = asObject(root.rss);
  if (rss) return channelFeed(asObject(rss.channel), asObject(rss.channel)?.item);
  const rdf = asObject(root['rdf:RDF']);
  if (rdf) return channelFeed(asObject(rdf.channel), rdf.item);
  const atom = asObject(root.feed);
  if (atom) return atomFeed(atom);
  const name = Object.keys(root).find((key) => !key.startsWith('?') && !key.startsWith('#')) ?? 'none';
  throw new AccordError('BAD_FEED', `not an RSS or Atom feed (root element <${name}>)`);
}

function channelFeed(channel: XmlObject | null, items: XmlNode): ParsedFeed {
  return {
    title: readXmlText(channel?.title),
    lang: toLangCode(readXmlText(channel?.language) ?? readXmlText(channel?.['dc:language'])),
    items: asArray(items).map((node) => rssItem(asObject(node) ?? {})),
  };
}

function rssItem(item: XmlObject): FeedItem {
  const guid = readXmlText(item.guid);
  const author = readXmlText(item['dc:creator']) ?? readXmlText(item.author);
  return {
    title: readXmlText(item.title),
    link: readXmlText(item.link) ?? (guid?.startsWith('http') ? guid : null),
    published: toIsoDate(
      readXmlText(item.pubDate) ?? readXmlText(item['dc:date']) ?? readXmlText(item.published),
    ),
    author: author ? (EMAIL_WITH_NAME.exec(author)?.[1] ?? author) : null,
    content: rawContent(item['content:encoded']) ?? rawContent(item.description) ?? rawContent(item.content),
    isHtml: true,
  };
}

function atomFeed(feed: XmlObject): ParsedFeed {
  return {
    title: readXmlText(feed.title),
    lang: toLangCode(readXmlAttribute(feed, 'xml:lang')),
    items: asArray(feed.entry).map((node) => atomEntry(asObject(node) ?? {})),
  };
}

function atomEntry(entry: XmlObject): FeedItem {
  const links = asArray(entry.link);
  const alternate =
    links.find((link) => (readXmlAttribute(link, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  const body = rawContent(entry.content) !== null ? entry.content : entry.summary;
  const type = readXmlAttribute(body, 'type') ?? 'text';
  return {
    title: readXmlText(entry.title),
    link: readXmlAttribute(alternate, 'href'),
    published: toIsoDate(readXmlText(entry.published) ?? readXmlText(entry.updated)),
    author: readXmlText(asObject(asArray(entry.author)[0])?.name),
    content: rawContent(body),
    isHtml: type !== 'text',
  };
}

/** Content of a stop node: raw XML inside, CDATA unwrapped and entities decoded (XHTML kept as markup). */
function rawContent(node: XmlNode): string | null {
  const first = Array.isArray(node) ? node[0] : node;
  const raw = typeof first === 'string' ? first : asObject(first)?.['#text'];
  if (typeof raw !== 'string') return null;
  const text = readXmlAttribute(first, 'type') === 'xhtml' ? raw : readRawXmlText(raw);
  return text.trim() === '' ? null : text;
}

function asObject(node: XmlNode): XmlObject | null {
  const first = Array.isArray(node) ? node[0] : node;
  return first && typeof first === 'object' && !Array.isArray(first) ? first : null;
}

function asArray(node: XmlNode): XmlNode[] {
  if (node === undefined || node === null || node === '') return [];
  return Array.isArray(node) ? node : [node];
}
