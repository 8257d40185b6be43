import { Command, CommanderError } from 'commander';
import { AccordError, errorMessage } from '../errors.js';
import { docsCommand } from './commands/docs.js';
import { extractCommand } from './commands/extract.js';
import { figuresCommand } from './commands/figures.js';
import { ingestCommand } from './commands/ingest.js';
import { conflictsCommand, seriesCommand, targetsCommand } from './commands/knowledge.js';
import { queueCommand } from './commands/queue.js';
import { commitmentsCommand, entitiesCommand } from './commands/records.js';
import { reportCommand } from './commands/report.js';
import { reprocessCommand } from './commands/reprocess.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';
import type { CliIO } from './context.js';

const VERSION = '0.1.0';

/** Builds the `accord` program around the given streams; `runCli` runs it. */
export function createProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command('accord')
    .description(
      'Accord turns reports of international cooperation into a cited, queryable record of figures, commitments and entities.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const command of [
    ingestCommand(io, setExitCode),
    docsCommand(io),
    showCommand(io),
    searchCommand(io),
    extractCommand(io, setExitCode),
    figuresCommand(io),
    reprocessCommand(io, setExitCode),
    seriesCommand(io),
    conflictsCommand(io),
    targetsCommand(io),
    commitmentsCommand(io),
    entitiesCommand(io),
    reportCommand(io),
    serveCommand(io),
    statsCommand(io, setExitCode),
    workerCommand(io),
    queueCommand(io),
    watchCommand(io, setExitCode),
  ]) {
    program.addCommand(command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride());
  }
  return program;
}

/** Runs the CLI on argv (as process.argv: node, script, ...args) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = createProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const code = error instanceof AccordError ? ` [${error.code}]` : '';
    io.stderr(`accord: ${errorMessage(error)}${code}\n`);
    return 2;
  }
}

/** The process entry point: the only place that touches process streams and exit codes. */
export async function main(argv: string[]): Promise<number> {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isInteractive: process.stderr.isTTY === true,
    stdin: process.stdin,
  });
}
