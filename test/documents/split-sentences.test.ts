import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/documents/split-sentences.js';
import { cpuMs } from '../helpers/cpu-time.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'Trade with the U.S. grew 5% in 2023. Exports fell.',
      ['Trade with the U.S. grew 5% in 2023.', 'Exports fell.'],
    ],
    [
      'The U.S. Department of Commerce agreed. Talks went on.',
      ['The U.S. Department of Commerce agreed.', 'Talks went on.'],
    ],
    ['Grain went to the U.S. The deal was signed.', ['Grain went to the U.S.', 'The deal was signed.']],
    [
      'Dr. Aliya Serikova spoke first. She thanked the hosts.',
      ['Dr. Aliya Serikova spoke first.', 'She thanked the hosts.'],
    ],
    [
      'Decree No. 5 was adopted in May. It took effect.',
      ['Decree No. 5 was adopted in May.', 'It took effect.'],
    ],
    [
      'Growth reached 4.7 percent. Inflation eased to 8.5%.',
      ['Growth reached 4.7 percent.', 'Inflation eased to 8.5%.'],
    ],
    [
      'He met Mr. Xi in St. Petersburg on Jan. 5. Then he left.',
      ['He met Mr. Xi in St. Petersburg on Jan. 5.', 'Then he left.'],
    ],
    ['See Art. 12 of the treaty. Both sides agree.', ['See Art. 12 of the treaty.', 'Both sides agree.']],
    [
      'A port handled 1,234.5 thousand TEU, approx. 8% more. Good.',
      ['A port handled 1,234.5 thousand TEU, approx. 8% more.', 'Good.'],
    ],
    [
      'J. Smith of Acme Corp. signed. Work starts soon.',
      ['J. Smith of Acme Corp. signed.', 'Work starts soon.'],
    ],
    ['Headline without a stop\nThe body starts here.', ['Headline without a stop', 'The body starts here.']],
    ['Is trade rising? Yes! It is.', ['Is trade rising?', 'Yes!', 'It is.']],
    [
      'Казахстан и Китай подписали соглашение. Товарооборот вырос.',
      ['Казахстан и Китай подписали соглашение.', 'Товарооборот вырос.'],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = 'First line here.\n\nSecond, after a blank line. Third.';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences(text).map((s) => [s.index, s.start, s.end])).toEqual([
      [0, 0, 16],
      [1, 18, 45],
      [2, 46, 52],
    ]);
  });

  it('splits Chinese on its full stops', () => {
    expect(texts('中哈贸易额达到410亿美元。双方计划翻一番。')).toEqual([
      '中哈贸易额达到410亿美元。',
      '双方计划翻一番。',
    ]);
  });

  it('stays linear on a megabyte line of abbreviations', () => {
    const line = 'Dr. Mr. St. '.repeat(90_000);
    let sentences: ReturnType<typeof splitSentences> = [];
    expect(cpuMs(() => (sentences = splitSentences(line)))).toBeLessThan(5_000);
    expect(sentences.length).toBeGreaterThan(0);
  });

  it('cuts long lines into chunks without losing or inventing boundaries', () => {
    const unpunctuated = 'trade rose and '.repeat(10_000).trim();
    expect(splitSentences(unpunctuated).map((s) => s.end)).toEqual([unpunctuated.length]);
    const many = 'Exports rose. Dr. Li agreed. '.repeat(5_000).trim();
    const sentences = splitSentences(many);
    expect(sentences).toHaveLength(10_000);
    expect(sentences[9_999]?.text).toBe('Dr. Li agreed.');
    expect(sentences.every((s) => many.slice(s.start, s.end) === s.text)).toBe(true);
  });
});
