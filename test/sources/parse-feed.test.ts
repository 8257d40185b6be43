import { describe, expect, it } from 'vitest';
import { decodeXmlEntities } from '../../src/sources/decode-xml-entities.js';
import { parseFeed } from '../../src/sources/parse-feed.js';
import { cpuMs } from '../helpers/cpu-time.js';
import { ATOM_FEED, BILLION_LAUGHS, RDF_FEED, RSS_FEED } from './_feeds.js';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with their metadata', () => {
    const feed = parseFeed(RSS_FEED);
    expect(feed.title).toBe('Ministry of Trade & Integration');
    expect(feed.lang).toBe('en');
    expect(feed.items).toEqual([
      {
        title: 'Trade with China reached $41 billion',
        link: 'https://trade.gov.kz/news/41-billion',
        published: '2024-07-03',
        author: 'Press Office',
        content:
          '<p>Bilateral trade reached <b>$41 billion</b> in 2023.</p><ul><li>Exports rose</li><li>Imports rose</li></ul>',
        isHtml: true,
      },
      {
        title: '45 projects — $14.5 billion',
        link: 'https://trade.gov.kz/news/projects',
        published: '2024-07-04',
        author: 'Asel Nurova',
        content: '<p>The portfolio holds 45 projects worth $14.5 billion.</p><p>Twelve open next year.</p>',
        isHtml: true,
      },
      {
        title: 'Title only',
        link: 'https://trade.gov.kz/news/title-only',
        published: null,
        author: null,
        content: null,
        isHtml: true,
      },
    ]);
  });

  it('reads Atom entries: alternate link, published before updated, xhtml, html and text content', () => {
    const feed = parseFeed(ATOM_FEED);
    expect(feed.title).toBe('Steppe Herald');
    expect(feed.lang).toBe('ru');
    expect(
      feed.items.map(({ title, link, published, author, isHtml }) => ({
        title,
        link,
        published,
        author,
        isHtml,
      })),
    ).toEqual([
      {
        title: 'Rail freight through Khorgos grows',
        link: 'https://steppeherald.kz/rail?id=1&lang=en',
        published: '2024-07-05',
        author: 'Daniyar Omarov',
        isHtml: true,
      },
      {
        title: 'Grain <em>corridor</em> talks',
        link: 'https://steppeherald.kz/grain',
        published: '2024-07-07',
        author: null,
        isHtml: true,
      },
      { title: 'Plain text entry', link: null, published: null, author: null, isHtml: false },
    ]);
    expect(feed.items[0]?.content).toContain('<p>Container traffic rose by a fifth.</p>');
    expect(feed.items[1]?.content).toBe('<p>Exports of grain doubled to $1 billion.</p>');
    expect(feed.items[2]?.content).toBe('Flights between Almaty and Urumqi <weekly> resume.');
  });

  it('reads RSS 1.0 (RDF)', () => {
    expect(parseFeed(RDF_FEED)).toEqual({
      title: 'MFA News',
      lang: 'kk',
      items: [
        {
          title: 'Consultations held in Beijing',
          link: 'https://mfa.kz/1',
          published: '2024-06-30',
          author: null,
          content: 'The deputy ministers held consultations on consular matters.',
          isHtml: true,
        },
      ],
    });
  });

  it('neither expands nor hangs on a billion-laughs feed', () => {
    let feed: ReturnType<typeof parseFeed> | undefined;
    expect(cpuMs(() => (feed = parseFeed(BILLION_LAUGHS)))).toBeLessThan(1000);
    if (!feed) throw new Error('no feed');
    expect(feed.title).toBe('Laughs &lol9;');
    expect(feed.items[0]?.title).toBe('&lol9;');
    expect(feed.items[0]?.content).toBe('Trade rose. &lol9;');
    expect(JSON.stringify(feed)).not.toContain('lollol');
  });

  it.each([
    [
      'an unclosed element',
      '<rss><channel><item><title>x</item></channel></rss>',
      /^malformed XML at line 1: Expected closing tag 'title'/,
    ],
    ['a bare ampersand', '<rss><channel><title>A & B</title></channel></rss>', /^malformed XML at line 1: /],
    ['text that is not XML', 'just words', /^malformed XML at line 1: /],
    ['a truncated file', '<?xml version="1.0"?>\n<rss>\n<channel>\n<item>', /^malformed XML at line \d+: /],
    [
      'a sitemap',
      '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>',
      /^not an RSS or Atom feed \(root element <urlset>\)$/,
    ],
  ])('refuses %s as BAD_FEED', (_name, xml, message) => {
    expect(() => parseFeed(xml)).toThrowError(
      expect.objectContaining({ code: 'BAD_FEED', message: expect.stringMatching(message) }),
    );
  });

  it('reads a feed with no items as having none', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>').items).toEqual([]);
  });
});

describe('decodeXmlEntities', () => {
  it.each([
    ['Trade &amp; investment &#8212; &#x4E2D;', 'Trade & investment — 中'],
    ['&lt;p&gt;&quot;x&quot; &apos;y&apos;', `<p>"x" 'y'`],
    ['&lol9; &nbsp; & alone', '&lol9; &nbsp; & alone'],
    ['&#0; &#xD800; &#99999999;', '&#0; &#xD800; &#99999999;'],
    ['no references', 'no references'],
  ])('%j is %j', (input, expected) => {
    expect(decodeXmlEntities(input)).toBe(expected);
  });
});
