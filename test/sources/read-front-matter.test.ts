import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/sources/read-front-matter.js';

describe('readFrontMatter', () => {
  it('reads the fields publishers and site generators use', async () => {
    const text = [
      '---',
      'title: "Trade talks in Astana"',
      'outlet: Steppe Business Review',
      'author: Aigerim Sadykova',
      'date: 2024-07-03T10:00:00+05:00',
      'lang: en-GB',
      '---',
      'Trade reached $41 billion.',
    ].join('\n');
    expect(await readFrontMatter(text)).toEqual({
      body: 'Trade reached $41 billion.',
      title: 'Trade talks in Astana',
      outlet: 'Steppe Business Review',
      author: 'Aigerim Sadykova',
      published: '2024-07-03',
      lang: 'en',
    });
  });

  it.each([
    ['no front matter', 'Trade reached $41 billion.'],
    ['a rule that is not front matter', 'Intro\n---\noutlet: x\n---\nBody'],
    ['an unclosed block', '---\noutlet: Wire\nTrade rose.'],
    ['a block that is not YAML', '---\n: : [\n---\nBody'],
    ['a YAML list', '---\n- a\n- b\n---\nBody'],
  ])('leaves text with %s whole', async (_name, text) => {
    const read = await readFrontMatter(text);
    expect(read.body).toBe(text);
    expect(read.outlet).toBeNull();
  });

  it('accepts publisher and published as other names, and ignores a bad date', async () => {
    const read = await readFrontMatter('---\npublisher: Central Asia Wire\npublished: someday\n---\nBody');
    expect(read).toMatchObject({ outlet: 'Central Asia Wire', published: null, body: 'Body' });
  });
});
