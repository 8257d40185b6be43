import { readStatsFile } from './read-stats-file.js';
import type { OfficialObservation, ReadStatsOptions, StatsSummary } from './types.js';

/**
 * Reads a statistics file, handing each observation to `write` in file order, and returns the summary
 * that a `for await` loop over readStatsFile would drop; throws what the reader or `write` throws:
 * `await forEachObservation('kz.csv', (observation) => insert.run(observation))` is {observations 24, ...}.
 * Call it between BEGIN and COMMIT, and ROLLBACK when it throws: a file is stored whole or not at all.
 */
export async function forEachObservation(
  path: string,
  write: (observation: OfficialObservation) => void | Promise<void>,
  options?: ReadStatsOptions,
): Promise<StatsSummary> {
  const reader = readStatsFile(path, options);
  for (;;) {
    const step = await reader.next();
    if (step.done) return step.value;
    try {
      await write(step.value);
    } catch (error) {
      // Closes the file before passing the writer's error on.
      await reader.return(undefined as never);
      throw error;
    }
  }
}
