import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/sources/extract-html.js';
import { htmlFragmentToText } from '../../src/sources/html-fragment-to-text.js';
import { newsPageHtml, pressReleaseHtml } from './_pages.js';

describe('extractHtml on a news page', () => {
  const article = extractHtml(newsPageHtml(), { url: 'https://www.steppeherald.kz/2024/07/03/talks' });
  const lines = article.text.split('\n');

  it('reads the metadata', () => {
    expect({ ...article, text: undefined }).toEqual({
      title: 'Kazakhstan and China agree to widen trade and transport ties',
      outlet: 'Steppe Herald',
      author: 'Aigerim Sadykova',
      published: '2024-07-03',
      lang: 'en',
      text: undefined,
    });
  });

  it('keeps paragraphs, headings, list items, table rows, quotes and <br> lines apart', () => {
    expect(lines).toContain(
      'Bilateral trade reached $41 billion in 2023, according to figures cited by the Kazakh side, and both governments said they intend to double that volume within the coming decade through new logistics routes and industrial projects.',
    );
    const figures = lines.indexOf('Key figures');
    expect(figures).toBeGreaterThan(0);
    expect(lines.slice(figures, figures + 7)).toEqual([
      'Key figures',
      'Bilateral trade in 2023: $41 billion',
      'Joint projects: 45, worth $14.5 billion',
      'Students from Kazakhstan in China: over 4,000',
      'Year | Trade, $ billion',
      '2022 | 31.2',
      '2023 | 41.0',
    ]);
    expect(lines).toContain('"Our relations have never been stronger," the Kazakh president told reporters.');
    expect(lines).toContain('Reporting by Aigerim Sadykova');
    expect(lines).toContain('Editing by Daniyar Omarov');
    expect(lines.filter((line) => line.startsWith('Kazakhstan and China agreed on Wednesday'))).toHaveLength(
      1,
    );
  });

  it.each([
    'Back to top',
    'Share on',
    'We use cookies',
    'Accept all',
    'Skip to content',
    'Most read',
    'Related stories',
    'Subscribe',
    'morning briefing',
    'All rights reserved',
    'Politics',
    'dataLayer',
    'adSlots',
    'stats.example',
  ])('drops the furniture: %j', (furniture) => {
    expect(article.text).not.toContain(furniture);
  });
});

describe('extractHtml fallback', () => {
  it('reads a short press release that Readability declines from <main>', () => {
    expect(extractHtml(pressReleaseHtml(), { url: 'https://trade.gov.kz/press/1' })).toEqual({
      title: 'Press release',
      outlet: 'Ministry of Trade',
      author: null,
      published: '2024-05-14',
      lang: 'ru',
      text: [
        'Trade mission to Urumqi',
        'A trade mission of 30 companies will visit Urumqi next week.',
        'The ministry expects contracts worth $200 million.',
      ].join('\n'),
    });
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(extractHtml('<h2>Visa-free travel</h2><p>Tourist flows rose in both directions.</p>').text).toBe(
      'Visa-free travel\nTourist flows rose in both directions.',
    );
  });

  it('drops link-only lines in the fallback but keeps text with links', () => {
    const html =
      '<body><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul>' +
      '<p>The <a href="/s">joint statement</a> lists 45 projects.</p></body>';
    expect(extractHtml(html).text).toBe('The joint statement lists 45 projects.');
  });

  it('removes furniture from pages read without Readability too', () => {
    const html =
      '<body><div id="cookie-consent">We use cookies. <a href="/ok">OK</a></div>' +
      '<main><p>Flights to Urumqi resume in May.</p>' +
      '<div class="share-links"><a href="https://t.me/share/url?url=x">Telegram</a></div>' +
      '<p><a href="#top">Back to top ↑</a></p><button>Print</button></main></body>';
    expect(extractHtml(html).text).toBe('Flights to Urumqi resume in May.');
  });

  it('keeps a wrapper whose class only mentions sharing when it holds the story', () => {
    const html =
      '<body><div class="layout has-social-bar"><h1>Dry port</h1>' +
      '<p>Khorgos handled more containers.</p><p>A second crossing is planned.</p></div></body>';
    expect(extractHtml(html).text).toBe(
      'Dry port\nKhorgos handled more containers.\nA second crossing is planned.',
    );
  });

  it.each([
    [
      'only scripts and styles',
      '<html><head><style>p{}</style></head><body><script>var a = "45 projects";</script></body></html>',
    ],
    [
      'only navigation and links',
      '<html><body><nav><a href="/">Home</a></nav><ul><li><a href="/n">News</a></li><li><a href="/c">Contact</a></li></ul><footer>© Site</footer></body></html>',
    ],
    ['an empty body', '<html><body>   </body></html>'],
  ])('finds no article text in a page with %s', (_name, html) => {
    expect(() => extractHtml(html)).toThrowError(
      expect.objectContaining({ code: 'NO_TEXT', message: 'no article text found' }),
    );
  });
});

describe('htmlFragmentToText', () => {
  it.each([
    ['<p>Trade rose.</p><p>45 projects.</p>', 'Trade rose.\n45 projects.'],
    ['First line<br/>second line', 'First line\nsecond line'],
    ['<ul><li>grain</li><li>oil</li></ul>', 'grain\noil'],
    ['AT&amp;T &nbsp;and&#160;more', 'AT&T and more'],
    ['Plain summary without markup.', 'Plain summary without markup.'],
    ['<p>Text</p><p><a href="https://twitter.com/intent/tweet?u=x">Tweet</a></p>', 'Text'],
    ['<table><tr><td>2023</td><td></td><td>$41 billion</td></tr></table>', '2023 |  | $41 billion'],
    ['<pre>line one\n  line two</pre>', 'line one\nline two'],
    ['<div hidden>secret</div><p>shown</p>', 'shown'],
  ])('%j is %j', (html, expected) => {
    expect(htmlFragmentToText(html)).toBe(expected);
  });
});
