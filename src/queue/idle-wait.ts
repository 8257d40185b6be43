/** The first wait of a draining slot that found nothing to take while jobs still run elsewhere. */
const FIRST_DRAIN_WAIT_MS = 50;

/**
 * How long an idle slot waits before looking again: `nextIdleWait(0, 1000, true)` is 50. A worker that runs on waits
 * the poll interval. A draining one waits 50 ms, then twice as long each time up to the poll interval: when it
 * finds nothing to take, the last jobs are usually in other workers' hands and done within a batch's time, and
 * a full poll interval would hold the run open that long after the last job (a second with 2 workers).
 */
export function nextIdleWait(previous: number, pollMs: number, drain: boolean): number {
  if (!drain) return pollMs;
  return Math.min(pollMs, previous === 0 ? FIRST_DRAIN_WAIT_MS : previous * 2);
}
