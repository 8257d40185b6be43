import type { DomDocument, DomElement } from './_dom.js';
import { WHITESPACE } from './_patterns.js';
import { readJsonLd } from './read-json-ld.js';
import { toIsoDate } from './to-iso-date.js';
import { toLangCode } from './to-lang-code.js';

export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  lang: string | null;
}

/** Meta names that carry a publication date, after the stronger signals, in the order tried. */
const DATE_META_NAMES = [
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'dc.date',
  'citation_publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
];

// Separators between a page title and the site name. Matches ` | `, ` - `, ` — `; not the hyphen in `Kazakh-Chinese`.
const TITLE_SEPARATOR = /\s+[|\-–—·»:]{1,2}\s+/g;

// Anything but letters and digits, to compare names loosely. Matches `" "` and `"."`; not `"a"` or `"Ж"`.
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

// The www label of a host name. Matches `www.` in `www.mfa.kz`; not `www` in `wwwx.kz` or `mfa.www.kz`.
const WWW = /^www\./;

// A leading English article, so that "The Astana Times" matches "Astana Times". Matches `the ` in `the astana times`;
// not `the` in `theatre news`.
const LEADING_THE = /^the\s+/;

// An http(s) URL, which an author field sometimes holds instead of a name. Matches `https://x.com/a`; not `A. Writer`.
const URL_VALUE = /^https?:\/\//i;

/**
 * Title, outlet, author, date and language as publishers mark them, read before anything mutates the page:
 * `readHtmlMetadata(document, 'https://www.steppe-herald.kz/a').outlet` is the og:site_name, else "steppe-herald.kz".
 */
export function readHtmlMetadata(document: DomDocument, url: string | null): HtmlMetadata {
  const meta = metaContents(document);
  const jsonLd = readJsonLd(document);
  const host = hostOf(url);
  const outlet = meta.get('og:site_name') ?? jsonLd?.publisher ?? meta.get('application-name') ?? host;
  // In order of trust; each later one is looked up only when the earlier give nothing (a query walks the page).
  const titleCandidates = [
    () => meta.get('og:title'),
    () => jsonLd?.headline,
    () => document.querySelector('title')?.textContent,
    () => document.querySelector('h1')?.textContent,
  ];
  const title = firstText(titleCandidates, (candidate) => withoutSiteName(candidate(), [outlet, host]));
  const articleAuthor = meta.get('article:author');
  const author =
    meta.get('author') ??
    (articleAuthor && !URL_VALUE.test(articleAuthor) ? articleAuthor : null) ??
    jsonLd?.author;
  const lang =
    toLangCode(document.documentElement?.getAttribute('lang')) ??
    toLangCode(meta.get('content-language')) ??
    toLangCode(meta.get('og:locale'));
  return {
    title,
    outlet: outlet ?? null,
    author: author ?? null,
    published: publishedDate(document, meta, jsonLd?.datePublished),
    lang,
  };
}

function publishedDate(
  document: DomDocument,
  meta: Map<string, string>,
  jsonLdDate: string | null | undefined,
): string | null {
  const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name);
  // Strongest signal first; later ones are looked up only when the earlier say nothing parseable.
  const candidates: (() => string | null | undefined)[] = [
    () => meta.get('article:published_time'),
    () => jsonLdDate,
    () => attribute('article time[datetime]', 'datetime') ?? attribute('main time[datetime]', 'datetime'),
    ...DATE_META_NAMES.map((name) => () => meta.get(name)),
    () => {
      const element = document.querySelector('[itemprop="datePublished"]');
      return (
        element &&
        (element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent)
      );
    },
    () => attribute('time[datetime]', 'datetime'),
  ];
  for (const candidate of candidates) {
    const date = toIsoDate(candidate());
    if (date) return date;
  }
  return null;
}

/** Every <meta> content by its name, property, itemprop or http-equiv (lower case), first one wins. */
function metaContents(document: DomDocument): Map<string, string> {
  const contents = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const element = metas[i] as DomElement;
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** A title without a leading or trailing site name: "Trade talks | Steppe Herald" is "Trade talks". */
function withoutSiteName(
  title: string | null | undefined,
  siteNames: (string | null | undefined)[],
): string | null {
  const text = collapse(title);
  if (!text) return null;
  const separators = [...text.matchAll(TITLE_SEPARATOR)];
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (!first?.index || !last?.index) return text;
  const names = siteNames.filter((name): name is string => !!name).map(loose);
  const isSite = (part: string) => names.some((name) => isSameName(loose(part), name));
  if (isSite(text.slice(last.index + last[0].length))) return text.slice(0, last.index);
  if (isSite(text.slice(0, first.index))) return text.slice(first.index + first[0].length);
  return text;
}

function isSameName(part: string, name: string): boolean {
  return (
    part === name || (name.length > 3 && (name.startsWith(part) || part.startsWith(name)) && part.length > 3)
  );
}

function loose(name: string): string {
  return name.toLowerCase().replace(LEADING_THE, '').replace(NOT_ALNUM, '');
}

/** The first non-empty text that `read` gives for the candidates, trying them in order. */
function firstText<T>(candidates: readonly T[], read: (candidate: T) => string | null): string | null {
  for (const candidate of candidates) {
    const value = read(candidate);
    if (value !== null && value !== '') return value;
  }
  return null;
}

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(WHITESPACE, ' ').trim();
  return value ? value : null;
}

/** Host name without "www.", for the outlet of a page that names none. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(WWW, '') || null;
  } catch {
    return null;
  }
}
