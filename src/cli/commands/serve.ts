import { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import type { CliIO } from '../context.js';
import { dbOption, parsePositiveInt } from '../options.js';

interface ServeFlags {
  db: string;
  port: number;
  host: string;
}

/** Resolves on the first SIGINT or SIGTERM, and stops listening for them. */
function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `accord serve`: the JSON API and the dashboard over a store, on 127.0.0.1 unless told otherwise. */
export function serveCommand(io: CliIO): Command {
  return new Command('serve')
    .description('serve the JSON API (/api/) and the dashboard over the store; writes need ACCORD_TOKEN')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on', parsePositiveInt, 8080)
    .option('--host <address>', 'address to bind (0.0.0.0 exposes the server to the network)', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const store = await openStore(flags.db);
      try {
        const token = process.env.ACCORD_TOKEN || undefined;
        // Loaded here, not with the CLI: the server and its dependencies cost other commands ~0.6 s to load.
        const { buildServer } = await import('../../server/app.js');
        const app = await buildServer({ store, token });
        const address = await app.listen({ port: flags.port, host: flags.host });
        io.stdout(
          `accord: serving ${store.location} at ${address} (writes ${token ? 'need the bearer token' : 'disabled: set ACCORD_TOKEN to enable'})\n`,
        );
        const signal = await nextStopSignal();
        io.stderr(`accord: ${signal}, closing\n`);
        await app.close();
      } finally {
        await store.close();
      }
    });
}
