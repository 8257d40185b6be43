import { toIsoDate } from './to-iso-date.js';
import { toLangCode } from './to-lang-code.js';

/** Metadata a text or Markdown file declares in YAML front matter, as static-site generators write it. */
export interface FrontMatter {
  /** The text after the front matter block. */
  body: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  lang: string | null;
}

// A front matter block at the very start. Matches "---\noutlet: Wire\n---\n"; not "--- \nno close".
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,8192}?)\r?\n---[ \t]*(?:\r?\n|$)/;

function field(data: Record<string, unknown>, ...names: string[]): string | null {
  for (const name of names) {
    const value = data[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  }
  return null;
}

/** The YAML parser, loaded by the first file with front matter. */
let yamlParser: Promise<typeof import('yaml')> | undefined;

/**
 * Splits leading front matter from a text: `readFrontMatter('---\noutlet: Wire\ndate: 2024-07-03\n---\nTrade rose.')`
 * gives outlet "Wire", published "2024-07-03" and body "Trade rose."; a text without it comes back whole.
 */
export async function readFrontMatter(text: string): Promise<FrontMatter> {
  const none = { body: text, title: null, outlet: null, author: null, published: null, lang: null };
  const match = FRONT_MATTER.exec(text);
  if (!match) return none;
  // The YAML parser loads only when a file has front matter, keeping start-up quick for everything else.
  yamlParser ??= import('yaml');
  const { parse } = await yamlParser;
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    return none; // not YAML after all: keep the text as written
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return none;
  const record = data as Record<string, unknown>;
  const published = field(record, 'published', 'date', 'datePublished');
  const lang = field(record, 'lang', 'language');
  return {
    body: text.slice(match[0].length),
    title: field(record, 'title', 'headline'),
    outlet: field(record, 'outlet', 'publisher', 'site', 'source'),
    author: field(record, 'author', 'byline'),
    published: published ? toIsoDate(published) : null,
    lang: lang ? toLangCode(lang) : null,
  };
}
