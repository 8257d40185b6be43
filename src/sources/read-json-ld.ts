import type { DomDocument } from './_dom.js';

/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNews',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
]);

type Json = unknown;

/**
 * The first article node of the page's JSON-LD, looking inside arrays and @graph:
 * `readJsonLd(document).datePublished` is "2024-07-03T10:00:00+05:00" for `{"@type":"NewsArticle","datePublished":...}`.
 */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const article = findArticle(parseJson(scripts[i]?.textContent ?? ''), 0);
    if (article) {
      return {
        headline: stringOf(article.headline) ?? stringOf(article.name),
        datePublished: stringOf(article.datePublished) ?? stringOf(article.dateCreated),
        author: nameOf(article.author),
        publisher: nameOf(article.publisher),
      };
    }
  }
  return null;
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function findArticle(node: Json, depth: number): Record<string, Json> | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, Json>;
  const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type))) return record;
  return findArticle(record['@graph'], depth + 1);
}

function stringOf(value: Json): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `{"name": "A. Writer"}`, `[{"name": ...}]` or a bare string, to a name. */
function nameOf(value: Json): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return stringOf(first);
  if (first !== null && typeof first === 'object') return stringOf((first as Record<string, Json>).name);
  return null;
}
