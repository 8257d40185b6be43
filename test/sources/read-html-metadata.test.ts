import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/sources/parse-html-document.js';
import { readHtmlMetadata } from '../../src/sources/read-html-metadata.js';

const page = (head: string, body = '<p>Trade reached $41 billion.</p>', htmlAttributes = '') =>
  `<!doctype html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const metadataOf = (html: string, url: string | null = null) =>
  readHtmlMetadata(parseHtmlDocument(html), url);

type Row = [name: string, html: string, expected: string | null, url?: string];

describe('readHtmlMetadata: title', () => {
  it.each<Row>([
    [
      'og:title first',
      page('<meta property="og:title" content="Trade talks"><title>Other | Site</title>'),
      'Trade talks',
    ],
    [
      'JSON-LD headline',
      page(`${jsonLd({ '@type': 'NewsArticle', headline: 'Joint statement signed' })}<title>x</title>`),
      'Joint statement signed',
    ],
    [
      '<title> without " | Site" when it names the site',
      page(
        '<meta property="og:site_name" content="Steppe Herald"><title>Trade talks | Steppe Herald</title>',
      ),
      'Trade talks',
    ],
    [
      '<title> without " - Site"',
      page(
        '<meta property="og:site_name" content="Astana Times"><title>Rail freight grows - The Astana Times</title>',
      ),
      'Rail freight grows',
    ],
    [
      '<title> without a leading site name',
      page('<meta property="og:site_name" content="MFA"><title>MFA — Kazakh-Chinese talks</title>'),
      'Kazakh-Chinese talks',
    ],
    [
      '<title> kept whole when the suffix is not the site',
      page('<meta property="og:site_name" content="MFA"><title>Astana - Beijing railway opens</title>'),
      'Astana - Beijing railway opens',
    ],
    [
      '<title> site suffix matched against the host',
      page('<title>Trade talks | Steppe Herald</title>'),
      'Trade talks',
      'https://www.steppeherald.kz/a',
    ],
    ['first h1 last', page('', '<h1>Grain corridor talks</h1><p>x</p>'), 'Grain corridor talks'],
    ['none', page(''), null],
  ])('%s', (_name, html, expected, url) => {
    expect(metadataOf(html, url ?? null).title).toBe(expected);
  });
});

describe('readHtmlMetadata: outlet and author', () => {
  it.each<Row>([
    ['og:site_name', page('<meta property="og:site_name" content="Steppe Herald">'), 'Steppe Herald'],
    [
      'JSON-LD publisher',
      page(jsonLd({ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Kazinform' } })),
      'Kazinform',
    ],
    [
      'application-name',
      page('<meta name="application-name" content="Ministry of Trade">'),
      'Ministry of Trade',
    ],
    ['host without www for a URL', page(''), 'mfa.gov.kz', 'https://www.mfa.gov.kz/en/news/1'],
    ['none for a file', page(''), null],
  ])('outlet from %s', (_name, html, expected, url) => {
    expect(metadataOf(html, url ?? null).outlet).toBe(expected);
  });

  it.each([
    ['meta author', page('<meta name="author" content="Aigerim Sadykova">'), 'Aigerim Sadykova'],
    [
      'article:author name',
      page('<meta property="article:author" content="Daniyar Omarov">'),
      'Daniyar Omarov',
    ],
    [
      'JSON-LD author when article:author is a URL',
      page(
        `<meta property="article:author" content="https://facebook.com/x">${jsonLd({ '@type': 'NewsArticle', author: { name: 'Li Wei' } })}`,
      ),
      'Li Wei',
    ],
    [
      'JSON-LD author[0].name',
      page(jsonLd({ '@type': 'BlogPosting', author: [{ name: 'Asel Nurova' }, { name: 'B' }] })),
      'Asel Nurova',
    ],
    [
      'JSON-LD author as a string',
      page(jsonLd({ '@type': 'Article', author: 'Press Office' })),
      'Press Office',
    ],
    ['none', page(''), null],
  ])('author from %s', (_name, html, expected) => {
    expect(metadataOf(html).author).toBe(expected);
  });
});

describe('readHtmlMetadata: published date', () => {
  it.each([
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2024-07-03T09:30:00+05:00">'),
      '2024-07-03',
    ],
    [
      'JSON-LD NewsArticle inside @graph',
      page(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', datePublished: '2020-01-01' },
            { '@type': 'NewsArticle', datePublished: '2024-07-04T10:00:00Z' },
          ],
        }),
      ),
      '2024-07-04',
    ],
    [
      'JSON-LD ReportageNews in an array',
      page(jsonLd([{ '@type': ['ReportageNews'], datePublished: '2024-07-05' }])),
      '2024-07-05',
    ],
    [
      '<time datetime> in the article',
      page(
        '',
        '<header><time datetime="2020-01-01">today</time></header><article><time datetime="2024-07-06">6 July</time><p>x</p></article>',
      ),
      '2024-07-06',
    ],
    ['og:published_time', page('<meta property="og:published_time" content="2024-07-07">'), '2024-07-07'],
    ['meta name=date', page('<meta name="date" content="2024-07-08">'), '2024-07-08'],
    ['meta name=pubdate', page('<meta name="pubdate" content="20240709">'), '2024-07-09'],
    ['DC.date.issued', page('<meta name="DC.date.issued" content="2024-07-10">'), '2024-07-10'],
    [
      'dcterms.created',
      page('<meta name="dcterms.created" content="Thu, 11 Jul 2024 08:00:00 GMT">'),
      '2024-07-11',
    ],
    [
      'itemprop=datePublished',
      page('', '<span itemprop="datePublished" content="2024-07-12">12 July</span><p>x</p>'),
      '2024-07-12',
    ],
    [
      'an unparseable date skipped for the next',
      page(
        '<meta property="article:published_time" content="yesterday"><meta name="date" content="2024-07-13">',
      ),
      '2024-07-13',
    ],
    ['none', page(''), null],
  ])('%s', (_name, html, expected) => {
    expect(metadataOf(html).published).toBe(expected);
  });
});

describe('readHtmlMetadata: language', () => {
  it.each([
    [' lang="en-US"', '', 'en'],
    [' lang="zh-Hans-CN"', '', 'zh'],
    [' lang="KK"', '', 'kk'],
    ['', '<meta http-equiv="content-language" content="ru">', 'ru'],
    ['', '<meta property="og:locale" content="de_DE">', 'de'],
    [' lang="fil"', '', null],
    ['', '', null],
  ])('<html%s> %s is %s', (attributes, head, expected) => {
    expect(metadataOf(page(head, '<p>x</p>', attributes)).lang).toBe(expected);
  });
});
