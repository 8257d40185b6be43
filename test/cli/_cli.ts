import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `accord ARGS` in-process with captured output: `await cli(['docs', '--db', db])`. */
export async function cli(args: string[], stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'accord', ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isInteractive: false,
    stdin:
      stdin === undefined
        ? undefined
        : (async function* () {
            yield Buffer.from(stdin);
          })(),
  });
  return { code, stdout, stderr };
}

/** A fresh store path in a new temporary folder. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'accord-cli-')), 'accord.db');
}
