/**
 * Timing for benchmarks on a shared machine: wall time and CPU time side by side. CPU time (user + system of
 * this process, process.cpuUsage) does not count the time the process waits for a core while other work runs,
 * so it, and ratios between contestants timed in the same rounds, are what stays meaningful under load.
 */

/** Wall and CPU milliseconds of one timed piece of work. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Times `work` and returns its result beside the timing: `timed(() => model.parse(text))`. */
export function timed<T>(work: () => T): Timing & { result: T } {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = work();
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

/** The middle value (the mean of the two middle ones for an even count): `median([3, 1, 2])` is 2. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Rounds to `digits` decimals (two by default): `round(1.23456)` is 1.23. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Megabytes per second of wall and of CPU time for `megabytes` of input: `{ wall: 9.1, cpu: 11.4 }`. */
export function rates(megabytes: number, timing: Timing): { wall: number; cpu: number } {
  return { wall: round(megabytes / (timing.wallMs / 1000)), cpu: round(megabytes / (timing.cpuMs / 1000)) };
}

/** Median wall and CPU milliseconds over rounds. */
export function medianTiming(timings: readonly Timing[]): Timing {
  return { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) };
}
