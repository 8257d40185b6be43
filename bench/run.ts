/**
 * `npm run bench`: builds, runs every benchmark and prints one JSON object.
 * `--only NAME` runs one section (ingest, figures-speed, figures-quality, peers, entities, knowledge-scale, dashboard, api-load, pg-workers, pg-figures); ACCORD_BENCH_SCALE=0.1 shrinks the
 * corpora for a quick look. Peer suites are read from ../shared/eval/peer when that folder is present.
 *
 * Each section's module is imported only when that section runs: what one section loads (playwright-core for the
 * dashboard, autocannon for the API) must not sit in the heap another section measures. With them all loaded up
 * front, the HTML ingest section ran at two thirds of its speed and peaked at 2 GB of RSS, against 0.5 GB for
 * `accord ingest` on the same pages.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scale = Number(process.env.ACCORD_BENCH_SCALE ?? '1');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wanted = (name: string) => only === undefined || only === name;
const peerDir = fileURLToPath(new URL('../../shared/eval/peer/', import.meta.url));

const results: Record<string, unknown> = { node: process.version, scale, date: new Date().toISOString() };

if (wanted('ingest')) {
  const { benchIngest } = await import('./ingest.js');
  const count = Math.round(10_000 * scale);
  results.ingest = {
    text: await benchIngest('text', count, { extract: false }),
    html: await benchIngest('html', count, { extract: false }),
    textWithExtraction: await benchIngest('text', count, { extract: true }),
    targets: {
      textDocumentsPerSecond: 2000,
      htmlPagesPerSecond: 200,
      note: 'targets are for ingest before extraction',
    },
  };
}

if (wanted('figures-speed')) {
  const { benchFiguresSpeed } = await import('./figures-speed.js');
  results.figuresSpeed = benchFiguresSpeed(Math.max(1, 6 * scale));
}

if (wanted('figures-quality')) {
  const { scoreDevSet } = await import('./figure-quality.js');
  results.figuresQuality = scoreDevSet();
}

if (wanted('peers')) {
  if (existsSync(peerDir)) {
    const { runPeerEval } = await import('./peer-eval.js');
    const reports = runPeerEval(peerDir).filter((r) => r.lang === 'en');
    results.peers = reports.map((r) => ({
      file: r.file,
      kind: r.kind,
      cases: r.cases,
      inScope: r.inScope,
      passed: r.passed,
      passRate: r.passRate,
      outOfScope: r.outOfScope,
      failures: r.failures,
    }));
  } else {
    results.peers = `skipped: ${peerDir} not present`;
  }
}

if (wanted('entities')) {
  const { entityQuality } = await import('./entity-quality.js');
  results.entities = entityQuality(Math.round(1500 * scale));
}

if (wanted('knowledge-scale')) {
  const { benchKnowledgeScale } = await import('./knowledge-scale.js');
  results.knowledgeScale = await benchKnowledgeScale(
    Math.round(1_000_000 * scale),
    Math.round(200_000 * scale),
  );
}

if (wanted('dashboard')) {
  const { benchDashboard } = await import('./dashboard.js');
  results.dashboard = await benchDashboard();
}

if (wanted('api-load')) {
  const { benchApiLoad } = await import('./api-load.js');
  results.apiLoad = await benchApiLoad(Math.round(1_000_000 * scale), Math.round(200_000 * scale));
}

if (wanted('pg-workers')) {
  const { benchPgWorkers } = await import('./pg-workers.js');
  results.pgWorkers = await benchPgWorkers(Math.round(20_000 * scale));
}

if (wanted('pg-figures')) {
  const { benchPgFigures } = await import('./pg-figures.js');
  results.pgFigures = await benchPgFigures(Math.round(1_000_000 * scale), Math.round(200_000 * scale));
}

console.log(JSON.stringify(results, null, 2));
