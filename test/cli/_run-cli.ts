// Entry point for tests that need the CLI in a child process (to kill it), without a build step.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
