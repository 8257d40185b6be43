/**
 * CPU milliseconds this process spends in `work` (user + system, all threads). Scaling checks compare CPU
 * time, not wall time: on a loaded machine the process waits for a core, which wall time counts and this does
 * not, so a ratio between input sizes measures the work done rather than the machine's load.
 */
export function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least CPU milliseconds of `runs` runs of `work`: the run least disturbed by collection and caches. */
export function leastCpuMs(work: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(work));
  return best;
}
