import { describe, expect, it } from 'vitest';
import { type Evidence, evidenceQuery, trackCommitment } from '../../src/knowledge/commitment-status.js';
import type { Stored } from '../../src/store/store.js';
import type { Commitment } from '../../src/types.js';

function promise(over: Partial<Stored<Commitment>> = {}): Stored<Commitment> {
  return {
    text: 'would open in Astana',
    start: 0,
    end: 10,
    actors: ['CN', 'KZ'],
    actorEntities: [],
    action: 'open',
    object: 'a branch of Beijing Language and Culture University in Astana',
    sectors: ['education'],
    deadline: null,
    figure: null,
    status: 'not yet rated',
    cue: 'would',
    sentence: 'A branch of Beijing Language and Culture University would open in Astana.',
    document: 'summit',
    ord: 0,
    outlet: 'Central Asia Wire',
    published: '2024-07-03',
    ...over,
  };
}

const evidence = (sentence: string, published: string, document = `doc-${published}`): Evidence => ({
  document,
  outlet: 'Central Asia Wire',
  published,
  sentence,
});

describe('trackCommitment', () => {
  it('is kept when a later report says it opened, citing that report', () => {
    const tracked = trackCommitment(
      promise(),
      [
        evidence(
          'Work on the branch of Beijing Language and Culture University in Astana is still being prepared.',
          '2024-08-01',
        ),
        evidence(
          'The Astana branch of Beijing Language and Culture University officially opened on Tuesday.',
          '2024-10-29',
          'opening',
        ),
        evidence('A university in Astana opened a canteen.', '2024-11-01'),
      ],
      '2026-01-01',
    );
    expect(tracked.status).toBe('kept');
    expect(tracked.history.map((h) => [h.status, h.date, h.uncertain])).toEqual([
      ['not yet rated', '2024-07-03', false],
      ['in the works', '2024-08-01', false],
      ['kept', '2024-10-29', false],
    ]);
    expect(tracked.history[2]).toMatchObject({
      document: 'opening',
      reason: 'a later report says: officially opened',
    });
  });

  it('ignores earlier reports, the same document and unrelated sentences', () => {
    const tracked = trackCommitment(
      promise(),
      [
        evidence('The Astana branch of Beijing Language and Culture University opened.', '2024-06-01'),
        evidence(
          'The Astana branch of Beijing Language and Culture University opened.',
          '2024-07-03',
          'summit',
        ),
        evidence('A new bridge opened on the border.', '2024-09-01'),
      ],
      '2024-12-01',
    );
    expect(tracked.status).toBe('not yet rated');
    expect(tracked.history).toHaveLength(1);
  });

  it('is a compromise when a later report says it was done only in part or scaled back', () => {
    const centres = promise({
      action: 'open',
      object: 'cultural centres in Almaty and Xian',
      sectors: ['culture'],
    });
    const tracked = trackCommitment(
      centres,
      [
        evidence(
          'The cultural centres in Almaty and Xian were scaled back to one reading room each.',
          '2025-03-01',
        ),
      ],
      '2026-01-01',
    );
    expect(tracked.status).toBe('compromise');
    expect(tracked.history.at(-1)).toMatchObject({
      date: '2025-03-01',
      reason: 'a later report says: scaled back',
      uncertain: false,
    });
    // "partially completed" holds a word of kept ("completed"); the partial reading wins.
    const partial = trackCommitment(
      centres,
      [
        evidence(
          'Only part of the cultural centres plan for Almaty and Xian was partially completed.',
          '2025-04-01',
        ),
      ],
      '2026-01-01',
    );
    expect(partial.status).toBe('compromise');
    // A compromise is an outcome: a passing deadline does not turn it into stalled.
    const late = trackCommitment(
      { ...centres, deadline: { label: '2025', start: '2025-01-01', end: '2025-12-31' } },
      [evidence('The cultural centres in Almaty and Xian opened only partially.', '2025-03-01')],
      '2026-06-01',
    );
    expect(late.history.map((h) => h.status)).toEqual(['not yet rated', 'compromise']);
  });

  it('marks a partial match as uncertain', () => {
    const tracked = trackCommitment(
      promise(),
      [evidence('A branch of a Beijing university was inaugurated in Astana.', '2024-10-01')],
      '2024-12-01',
    );
    expect(tracked.status).toBe('kept');
    expect(tracked.history[1]?.uncertain).toBe(true);
  });

  it.each([
    ['The opening of the Beijing Language and Culture University branch in Astana was postponed.', 'stalled'],
    ['Plans for the Beijing Language and Culture University branch in Astana were cancelled.', 'broken'],
  ])('%s gives %s', (sentence, status) => {
    expect(trackCommitment(promise(), [evidence(sentence, '2025-01-10')], '2025-02-01').status).toBe(status);
  });

  it('stalls an open promise whose deadline passed, and says the match is uncertain', () => {
    const late = promise({ deadline: { label: 'by 2025', start: null, end: '2025-12-31' } });
    const tracked = trackCommitment(late, [], '2026-03-01');
    expect(tracked.status).toBe('stalled');
    expect(tracked.history[1]).toMatchObject({ date: '2025-12-31', uncertain: true, document: null });
    expect(trackCommitment(late, [], '2025-06-01').status).toBe('not yet rated');
  });

  it('leaves targets with a number to the figures', () => {
    const target = promise({ action: 'bring', object: 'annual trade with china to $35 billion', figure: 0 });
    const tracked = trackCommitment(
      target,
      [evidence('Annual trade with China reached $35 billion and doubled.', '2025-01-10')],
      '2025-02-01',
    );
    expect(tracked.status).toBe('not yet rated');
  });

  it('searches for the object key words', () => {
    expect(evidenceQuery(promise())).toEqual([
      'branch',
      'beijing',
      'language',
      'culture',
      'university',
      'astana',
    ]);
  });
});
