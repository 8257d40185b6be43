import { describe, expect, it } from 'vitest';
import { layoutPdfText, type PdfTextItem } from '../../src/sources/layout-pdf-text.js';

/** A text item at x, y (PDF units, y upwards), 12 pt, about 6 units a character wide. */
const item = (str: string, x: number, y: number, height = 12): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 6,
  height,
  hasEOL: false,
});

describe('layoutPdfText', () => {
  it('orders items into lines by y then x, whatever their order in the file', () => {
    const page = [item('world', 100, 700), item('second line', 72, 686), item('hello', 60, 700)];
    expect(layoutPdfText([page])).toBe('hello world second line');
  });

  it('splits paragraphs at a vertical gap larger than the usual line spacing', () => {
    const page = [
      item('First paragraph, line one', 72, 700),
      item('and line two.', 72, 686),
      item('Second paragraph.', 72, 650),
      item('Still second.', 72, 636),
    ];
    expect(layoutPdfText([page])).toBe(
      'First paragraph, line one and line two.\nSecond paragraph. Still second.',
    );
  });

  it.each([
    ['coop-', 'eration between the sides', 'cooperation between the sides'],
    ['the Kazakh-', 'Chinese business council', 'the Kazakh-Chinese business council'],
    ['trade rose 30% -', 'a record', 'trade rose 30% - a record'],
    ['soft\u00ad', 'hyphen', 'softhyphen'],
  ])('joins %j and %j as %j', (first, second, expected) => {
    expect(layoutPdfText([[item(first, 72, 700), item(second, 72, 686)]])).toBe(expected);
  });

  it('starts a new paragraph where the font size changes (a heading)', () => {
    const page = [item('Joint Statement', 72, 720, 18), item('The sides agreed.', 72, 700)];
    expect(layoutPdfText([page])).toBe('Joint Statement\nThe sides agreed.');
  });

  it('drops repeated headers and page numbers and joins a sentence across the page break', () => {
    const pageOne = [
      item('Ministry of Trade — Statement 1', 72, 760, 9),
      item('Trade reached $41 billion and the sides', 72, 700),
      item('agreed to double it within', 72, 686),
      item('1', 300, 40, 9),
    ];
    const pageTwo = [
      item('Ministry of Trade — Statement 2', 72, 760, 9),
      item('the coming decade.', 72, 700),
      item('- 2 -', 300, 40, 9),
    ];
    expect(layoutPdfText([pageOne, pageTwo])).toBe(
      'Trade reached $41 billion and the sides agreed to double it within the coming decade.',
    );
  });

  it('inserts a space between items only where there is a gap', () => {
    const page = [item('Kazakh', 72, 700), item('stan', 108, 700), item('trade', 140, 700)];
    expect(layoutPdfText([page])).toBe('Kazakhstan trade');
  });

  it('gives nothing for pages without text', () => {
    expect(layoutPdfText([[], [item('', 0, 0)]])).toBe('');
  });
});
