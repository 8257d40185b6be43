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

/**
 * The most CPU time 4x the input may take, as a multiple of the time of 1x, for work that should be linear.
 * Linear work takes 4x and quadratic work 16x; the bound sits at their geometric middle, so collection and a
 * busy second core (which push a 4 MB run past 6x on a loaded CI host) do not fail it, and a quadratic path does.
 */
export const LINEAR_AT_4X = 8;
