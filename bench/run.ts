/**
 * `npm run bench`: builds, runs every benchmark and prints one JSON object.
 * `--only NAME` runs one section (ingest, figures-speed, figures-quality, peers, entities, knowledge-scale, dashboard, api-load, pg-workers, pg-figures); ACCORD_BENCH_SCALE=0.1 shrinks the
 * corpora for a quick look. Peer suites are read from ../shared/eval/peer when that folder is present.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchApiLoad } from './api-load.js';
import { benchDashboard } from './dashboard.js';
import { entityQuality } from './entity-quality.js';
import { benchFiguresSpeed } from './figures-speed.js';
import { benchIngest } from './ingest.js';
import { benchKnowledgeScale } from './knowledge-scale.js';
import { runPeerEval } from './peer-eval.js';
import { benchPgFigures } from './pg-figures.js';

const scale = Number(process.env.ACCORD_BENCH_SCALE ?? '1');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wanted = (name: string) => only === undefined || only === name;
const peerDir = fileURLToPath(new URL('../../shared/eval/peer/', import.meta.url));

const results: Record<string, unknown> = { node: process.version, scale, date: new Date().toISOString() };

if (wanted('ingest')) {
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
  results.figuresSpeed = benchFiguresSpeed(Math.max(1, 6 * scale));
}

if (wanted('figures-quality')) {
  const { scoreDevSet } = await import('./figure-quality.js');
  results.figuresQuality = scoreDevSet();
}

if (wanted('peers')) {
  if (existsSync(peerDir)) {
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
  results.entities = entityQuality(Math.round(1500 * scale));
}

if (wanted('knowledge-scale')) {
  results.knowledgeScale = await benchKnowledgeScale(
    Math.round(1_000_000 * scale),
    Math.round(200_000 * scale),
  );
}

if (wanted('dashboard')) {
  results.dashboard = await benchDashboard();
}

if (wanted('api-load')) {
  results.apiLoad = await benchApiLoad(Math.round(1_000_000 * scale), Math.round(200_000 * scale));
}

if (wanted('pg-workers')) {
  const { benchPgWorkers } = await import('./pg-workers.js');
  results.pgWorkers = await benchPgWorkers(Math.round(20_000 * scale));
}

if (wanted('pg-figures')) {
  results.pgFigures = await benchPgFigures(Math.round(1_000_000 * scale), Math.round(200_000 * scale));
}

console.log(JSON.stringify(results, null, 2));
