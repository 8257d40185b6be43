import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import countries from 'i18n-iso-countries/index.js';
import { afterAll, expect, it } from 'vitest';
import { readStatsFile } from '../../src/knowledge/stats/index.js';

const TARGET_BYTES = 100 * 1024 * 1024;
const MB = 1024 * 1024;
const SAMPLE_EVERY = 100_000;

setFlagsFromString('--expose-gc');
/** The garbage collector, so that samples measure what the reader keeps rather than what it has dropped. */
const gc = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'accord-stats-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a Comtrade bulk-style CSV of about 100 MB: monthly trade of 200 countries with each other, every row distinct. */
async function writeBigComtradeFile(path: string): Promise<number> {
  const codes = Object.keys(countries.getAlpha3Codes()).slice(0, 200);
  const out = createWriteStream(path);
  out.write(
    'typeCode,freqCode,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,' +
      'partnerCode,partnerISO,partnerDesc,cmdCode,customsCode,motCode,primaryValue,isReported\n',
  );
  let bytes = 0;
  let rows = 0;
  for (let year = 1990; bytes < TARGET_BYTES; year++) {
    for (let month = 1; month <= 12 && bytes < TARGET_BYTES; month++) {
      const period = `${year}${String(month).padStart(2, '0')}`;
      for (const reporter of codes) {
        let chunk = '';
        for (const partner of codes) {
          if (partner === reporter) continue;
          for (const flow of ['X', 'M']) {
            rows += 1;
            const value = ((rows * 7919) % 1e9) + 0.25;
            chunk += `C,M,${year},${month},${period},0,${reporter},Reporter,${flow},Flow,0,${partner},Partner,TOTAL,C00,0,${value},true\n`;
          }
        }
        bytes += chunk.length;
        if (!out.write(chunk)) await once(out, 'drain');
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

it('reads a 100 MB Comtrade CSV in flat memory', { timeout: 120_000 }, async () => {
  const path = join(dir, 'big-comtrade.csv');
  const rows = await writeBigComtradeFile(path);
  expect(statSync(path).size).toBeGreaterThan(TARGET_BYTES);

  gc();
  const before = process.memoryUsage();
  let peakHeap = 0;
  let peakHeapAndBuffers = 0;
  let count = 0;
  const started = performance.now();
  for await (const observation of readStatsFile(path)) {
    count += 1;
    if (count % SAMPLE_EVERY === 0) {
      expect(observation.flow).not.toBeNull();
      gc();
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed - before.heapUsed);
      peakHeapAndBuffers = Math.max(
        peakHeapAndBuffers,
        now.heapUsed + now.arrayBuffers - (before.heapUsed + before.arrayBuffers),
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.info(
    `stats memory: ${rows} rows, ${(statSync(path).size / MB).toFixed(0)} MB read in ${seconds.toFixed(1)} s; ` +
      `heap growth ${(peakHeap / MB).toFixed(1)} MB, heap and buffers ${(peakHeapAndBuffers / MB).toFixed(1)} MB`,
  );
  expect(count).toBe(rows);
  // Flat: the heap keeps nothing per row; the duplicate index (about 25 MB here) lives in array buffers.
  expect(peakHeap).toBeLessThan(20 * MB);
  expect(peakHeapAndBuffers).toBeLessThan(60 * MB);
});
