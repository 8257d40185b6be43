import { describe, expect, it } from 'vitest';
import { dateFromSourceName, isIsoDate } from '../../src/documents/create-document.js';
import { documentId } from '../../src/documents/document-id.js';
import { normalizeText } from '../../src/documents/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['  Trade rose.\r\n\r\nBack to top button\n', 'Trade rose.'],
    ['A\u00a0 b\t\tc', 'A b c'],
    ['Line one\n\n\nLine two', 'Line one\nLine two'],
    ['Share this article\nExports grew.\nRead more', 'Exports grew.'],
    ['Back to top-level talks in Astana.', 'Back to top-level talks in Astana.'],
    ['bell\u0007 and\u0000 nul', 'bell and nul'],
    ['\ufeffWith a BOM', 'With a BOM'],
    ['e\u0301tude', 'étude'],
    ['\n \n', ''],
    ['3 July 2024, 16:25 2,317 views\nTrade rose.', 'Trade rose.'],
    ['Views: 1 842\nViews differ on the tariff.', 'Views differ on the tariff.'],
    [
      'Tags: Tokayev Xi Jinping China\nShare:\nShares of KazMunayGas rose 3%.',
      'Shares of KazMunayGas rose 3%.',
    ],
    ['By Daniyar Seitkali · 19 May 2023\nBy 2030 trade should double.', 'By 2030 trade should double.'],
    ['By Aigerim Sadykova\nBy then it had doubled.', 'By then it had doubled.'],
    [
      'Ministry of Trade — page 1 of 2\nPage 3 of the statement lists 45 projects in all.',
      'Page 3 of the statement lists 45 projects in all.',
    ],
    [
      'March 21, 2024March 22, 2024\nUpdated: 12.02.2024 10:15\nIn May 2024 trade rose.',
      'In May 2024 trade rose.',
    ],
    ['2023 | 41.0 | 31.4', '2023 | 41.0 | 31.4'],
  ])('%j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('documentId', () => {
  it('is 16 hex digits, stable, and blind to case and spacing', () => {
    const id = documentId('Trade reached $41 billion.');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(documentId('trade  reached $41 BILLION.')).toBe(id);
    expect(documentId('Trade reached $42 billion.')).not.toBe(id);
  });
});

describe('dates', () => {
  it.each([
    ['examples/2023-01-12-trade-target.txt', '2023-01-12'],
    ['x/2024_07_03_summit.md', '2024-07-03'],
    ['report-2023.txt', null],
    ['2024-02-30-bad.txt', null],
    ['https://example.org/2024-05-01', '2024-05-01'],
  ])('dateFromSourceName(%j) is %j', (source, expected) => {
    expect(dateFromSourceName(source)).toBe(expected);
  });

  it.each([
    ['2024-07-03', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-7-3', false],
    ['yesterday', false],
  ])('isIsoDate(%j) is %j', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
