import cliProgress from 'cli-progress';

/** A progress bar on stderr for long batches; the caller only creates it on a terminal. */
export function createProgress(total: number, label = 'ingest'): { tick(): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    tick() {
      // Feeds and folders can hold more documents than counted up front.
      if (bar.getProgress() >= 1) bar.setTotal(bar.getTotal() + 1);
      bar.increment();
    },
    stop() {
      bar.stop();
    },
  };
}
