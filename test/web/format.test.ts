import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../web/src/lib/format.js';

describe('formatDeadline: when a target is due, as the dashboard words it', () => {
  it.each([
    ['2030', 'by 2030'],
    ['by 2030', 'by 2030'],
    ['By the end of 2025', 'By the end of 2025'],
    ['in the near future', 'in the near future'],
    ['near future', 'by near future'],
    ['within five years', 'within five years'],
    ['2024-H1', 'by 2024-H1'],
    ['bygone days', 'by bygone days'],
    [null, 'no stated deadline'],
    [undefined, 'no stated deadline'],
    ['', 'no stated deadline'],
  ])('%j is %j', (label, phrase) => {
    expect(formatDeadline(label)).toBe(phrase);
  });
});
