import { describe, expect, it } from 'vitest';
import { plainTextTitle, plainTextToBlocks } from '../../src/sources/plain-text-to-blocks.js';

const WRAPPED = [
  'Kazakhstan and China agreed on Wednesday to widen cooperation in trade,',
  'transport and energy, as the two presidents met in Astana for talks that',
  'officials described as productive.',
  '',
  'Bilateral trade reached $41 billion in 2023, and both governments said',
  'they intend to double that volume within the coming decade.',
  '- 45 projects worth $14.5 billion',
  '- over 4,000 students',
].join('\n');

describe('plainTextToBlocks', () => {
  it('undoes hard wraps inside paragraphs but keeps list lines apart', () => {
    expect(plainTextToBlocks(WRAPPED).split('\n')).toEqual([
      'Kazakhstan and China agreed on Wednesday to widen cooperation in trade, transport and energy, as the two presidents met in Astana for talks that officials described as productive.',
      'Bilateral trade reached $41 billion in 2023, and both governments said they intend to double that volume within the coming decade.',
      '- 45 projects worth $14.5 billion',
      '- over 4,000 students',
    ]);
  });

  it.each([
    ['one paragraph per line stays as it is', 'Trade rose.\n\nProjects grew.', 'Trade rose.\nProjects grew.'],
    [
      'short lines are never joined',
      'Trade: $41 billion\nProjects: 45\nStudents: 4,000',
      'Trade: $41 billion\nProjects: 45\nStudents: 4,000',
    ],
    ['CRLF and blank runs', 'a\r\n\r\n\r\nb\r\n', 'a\nb'],
    ['indentation is trimmed', '   indented\n\t tabbed', 'indented\ntabbed'],
  ])('%s', (_name, input, expected) => {
    expect(plainTextToBlocks(input)).toBe(expected);
  });
});

describe('plainTextTitle', () => {
  it.each([
    [
      'Tokayev and Xi Address Media after Talks\n\nKazakhstan and China...',
      'Tokayev and Xi Address Media after Talks',
    ],
    ['\n\nTrade Talks\n\nText', 'Trade Talks'],
    ['Trade reached $41 billion.\n\nMore.', null],
    ['A first line\nfollowed directly by more', null],
    [`${'Long '.repeat(40)}\n\nText`, null],
  ])('%j gives %j', (text, expected) => {
    expect(plainTextTitle(text)).toBe(expected);
  });
});
