import { describe, expect, it } from 'vitest';
import { nextIdleWait } from '../../src/queue/idle-wait.js';

describe('nextIdleWait', () => {
  it('waits the poll interval in a worker that runs on', () => {
    expect(nextIdleWait(0, 1000, false)).toBe(1000);
    expect(nextIdleWait(1000, 1000, false)).toBe(1000);
  });

  it('looks again soon in a draining worker, then twice as long each time, up to the poll interval', () => {
    const waits: number[] = [];
    let wait = 0;
    for (let i = 0; i < 7; i++) {
      wait = nextIdleWait(wait, 1000, true);
      waits.push(wait);
    }
    expect(waits).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
    expect(nextIdleWait(0, 20, true)).toBe(20);
  });
});
