import { decodeXmlEntities } from './decode-xml-entities.js';

/** A node of fast-xml-parser's output: a string, an object of children and "@_" attributes, or an array. */
export type XmlNode = string | number | boolean | XmlObject | XmlNode[] | null | undefined;
export interface XmlObject {
  [key: string]: XmlNode;
}

// CDATA sections inside raw element content. Matches `<![CDATA[<p>45 projects</p>]]>`; not `&lt;p&gt;`.
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Text of a parsed element, entities decoded and CDATA kept as written: `readXmlText({ '#text': 'A &amp; B' })` is "A & B". */
export function readXmlText(node: XmlNode): string | null {
  if (Array.isArray(node)) return readXmlText(node[0]);
  if (typeof node === 'string') return nonEmpty(decodeXmlEntities(node));
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (!node || typeof node !== 'object') return null;
  const text = typeof node['#text'] === 'string' ? decodeXmlEntities(node['#text']) : '';
  const cdata = node['#cdata'];
  const cdataText = Array.isArray(cdata) ? cdata.join('') : typeof cdata === 'string' ? cdata : '';
  return nonEmpty(cdataText + text);
}

/** Raw content of a stop node (kept unparsed): CDATA unwrapped, entities decoded outside it. */
export function readRawXmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(CDATA)) {
    out += decodeXmlEntities(raw.slice(last, match.index)) + (match[1] ?? '');
    last = match.index + match[0].length;
  }
  return out + decodeXmlEntities(raw.slice(last));
}

/** An attribute of a parsed element, decoded: `readXmlAttribute(link, 'href')`. */
export function readXmlAttribute(node: XmlNode, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const value = node[`@_${name}`];
  return typeof value === 'string' ? nonEmpty(decodeXmlEntities(value)) : null;
}

function nonEmpty(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
