/** The agreements of the development set: every case, those with commitments only included, must give exactly its agreements. */
import { describe, expect, it } from 'vitest';
import { asExpectedAgreement, caseText, RECORD_CASES, runRecords } from './dev-set-commitments.js';

describe('agreement development set', () => {
  it('has signed agreements and agreements only planned, refused or referred to', () => {
    expect(RECORD_CASES.filter((c) => c.agreements.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(RECORD_CASES.filter((c) => c.group === 'agreements not signed').length).toBeGreaterThanOrEqual(8);
  });

  it.each(RECORD_CASES.map((c) => [c.group, c.text, c] as const))('%s: %s', (_group, _text, devCase) => {
    const { agreements } = runRecords(caseText(devCase));
    expect(agreements.map(asExpectedAgreement)).toEqual(devCase.agreements);
  });
});

describe('agreement records', () => {
  it('keep their span, sentence and sentence index', () => {
    const text = 'Kazakhstan and China held talks. On 2 July 2024 the sides signed 12 documents in Astana.';
    const { agreements, document } = runRecords(text);
    expect(agreements).toHaveLength(1);
    const [found] = agreements;
    expect(found?.text).toBe('signed 12 documents');
    expect(document.text.slice(found?.start, found?.end)).toBe('signed 12 documents');
    expect(found?.sentence).toBe('On 2 July 2024 the sides signed 12 documents in Astana.');
    expect((found as { sentenceIndex?: number }).sentenceIndex).toBe(1);
    expect(found?.date).toBe('2024-07-02');
  });

  it('take the published date when the sentence gives none, and null when the document has none', () => {
    expect(runRecords('Kazakhstan and China signed a treaty.', '2023-01-16').agreements[0]?.date).toBe(
      '2023-01-16',
    );
  });
});
