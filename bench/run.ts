/**
 * `npm run bench`: runs every benchmark and prints one JSON object. `--only NAME` runs one section
 * (ingest, figures, peers); ACCORD_BENCH_SCALE=0.1 shrinks the corpora for a quick look.
 */
import { benchIngest } from './ingest.js';

const scale = Number(process.env.ACCORD_BENCH_SCALE ?? '1');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wanted = (name: string) => only === undefined || only === name;

const results: Record<string, unknown> = {
  node: process.version,
  scale,
  date: new Date().toISOString(),
};

if (wanted('ingest')) {
  results.ingest = {
    text: await benchIngest('text', Math.round(10_000 * scale)),
    html: await benchIngest('html', Math.round(10_000 * scale)),
    targets: { textDocumentsPerSecond: 2000, htmlPagesPerSecond: 200 },
  };
}

console.log(JSON.stringify(results, null, 2));
