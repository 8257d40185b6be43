import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/sources/markdown-to-text.js';
import { stripMarkdownInline } from '../../src/sources/strip-markdown-inline.js';

describe('stripMarkdownInline', () => {
  it.each([
    ['**45 projects** worth [$14.5 billion](https://mfa.kz/p "Projects")', '45 projects worth $14.5 billion'],
    ['trade *rose* and _grew_ ~~fell~~', 'trade rose and grew fell'],
    ['![Map of the route](map.png) Khorgos dry port', 'Khorgos dry port'],
    ['see [the statement][js] and [Astana][]', 'see the statement and Astana'],
    ['run `accord ingest` now', 'run accord ingest now'],
    ['a note[^1] here', 'a note here'],
    ['<https://mfa.kz/news>', 'https://mfa.kz/news'],
    ['line<br>break <sup>2</sup>', 'line break 2'],
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['\\*not emphasis\\*', '*not emphasis*'],
    ['a < b and c > d', 'a < b and c > d'],
  ])('%j is %j', (input, expected) => {
    expect(stripMarkdownInline(input)).toBe(expected);
  });
});

describe('markdownToText', () => {
  it('strips markup, keeps one block per line and takes the first heading as title', () => {
    const markdown = [
      '# Kazakhstan and China sign *joint* statement',
      '',
      'Bilateral trade reached **$41 billion** in 2023,',
      'and the sides plan to [double it](https://mfa.kz/trade).',
      '',
      '## Projects',
      '',
      '- 45 projects worth $14.5 billion',
      '* over 4,700 enterprises',
      '  with Chinese capital',
      '1. a dry port in Khorgos',
      '- [x] visa-free travel',
      '',
      '> "Our relations are at their best," the president said.',
      '',
      '```ts',
      'const trade = 41;',
      '```',
      '',
      '| Year | Trade |',
      '| ---- | ----: |',
      '| 2023 | $41 billion |',
      '',
      '---',
      '![chart](chart.png)',
      '[js]: https://mfa.kz/js',
      '<!-- editor: check the figures -->',
    ].join('\n');
    expect(markdownToText(markdown)).toEqual({
      title: 'Kazakhstan and China sign joint statement',
      text: [
        'Kazakhstan and China sign joint statement',
        'Bilateral trade reached $41 billion in 2023, and the sides plan to double it.',
        'Projects',
        '45 projects worth $14.5 billion',
        'over 4,700 enterprises with Chinese capital',
        'a dry port in Khorgos',
        'visa-free travel',
        '"Our relations are at their best," the president said.',
        'const trade = 41;',
        'Year | Trade',
        '2023 | $41 billion',
      ].join('\n'),
    });
  });

  it('reads setext headings', () => {
    expect(markdownToText('Joint Statement\n===============\n\nText here.')).toEqual({
      title: 'Joint Statement',
      text: 'Joint Statement\nText here.',
    });
  });

  it('has no title without a heading', () => {
    expect(markdownToText('Just a paragraph\nwrapped.')).toEqual({
      title: null,
      text: 'Just a paragraph wrapped.',
    });
  });
});
