import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from './_cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
let db: string;

beforeAll(async () => {
  db = tempDb();
  await cli(['ingest', join(ROOT, 'examples'), '--db', db, '--quiet']);
  const stats = await cli([
    'stats',
    'import',
    join(ROOT, 'examples/stats/kz-cn-trade-comtrade.csv'),
    join(ROOT, 'examples/stats/kz-cn-indicators.csv'),
    '--db',
    db,
  ]);
  expect(stats.code).toBe(0);
}, 60_000);

describe('knowledge commands on the bundled examples', () => {
  it('accord series shows 2023 China–Kazakhstan trade with its sources, the official figures and a mirror conflict', async () => {
    const series = JSON.parse(
      (
        await cli([
          'series',
          '--db',
          db,
          '--parties',
          'KZ,CN',
          '--indicator',
          'trade.total',
          '--format',
          'json',
        ])
      ).stdout,
    );
    const yearly = series.find((s: { key: string }) => s.key === 'trade.total|CN,KZ||USD|year');
    const y2023 = yearly.observations.find((o: { period: { label: string } }) => o.period.label === '2023');
    expect(y2023.sources.map((s: { value: number }) => s.value)).toContain(41e9);
    expect(y2023.sources.map((s: { value: number }) => s.value)).toContain(31.4e9);
    // Consensus follows an official source (Kazakhstan's statistics bureau or trade ministry) over the media's $41bn.
    expect(y2023.consensus.value).toBe(31.4e9);
    expect(y2023.consensus.reason).toMatch(/^an official source outranks/);
    expect(y2023.conflict.cause).toBe('mirror statistics');
    expect(
      y2023.official.map((o: { value: number; reporter: string }) => [o.reporter, o.value]).sort(),
    ).toEqual([
      ['CN', 41e9],
      ['KZ', 31.4e9],
    ]);
  });

  it('accord conflicts lists the 2023 trade disagreement with both sides', async () => {
    const table = (await cli(['conflicts', '--db', db, '--parties', 'KZ,CN'])).stdout;
    const row = table.split('\n').find((line) => /^trade\.total\s+CN,KZ\s+2023\s/.test(line));
    // The Kazakh side: the statistics bureau among its sources (the Astana report's table quotes it too).
    expect(row).toMatch(/31\.4 bn \([^)]*Bureau of National Statistics of Kazakhstan;/);
    expect(row).toMatch(/mirror statistics$/);
    const json = JSON.parse(
      (await cli(['conflicts', '--db', db, '--parties', 'KZ,CN', '--format', 'json'])).stdout,
    );
    const trade2023 = json.find(
      (o: { period: { label: string }; indicator: string }) =>
        o.indicator === 'trade.total' && o.period.label === '2023',
    );
    expect(trade2023.conflict.sides.map((s: { value: number }) => s.value)).toEqual([31.4e9, 41e9]);
  });

  it('accord targets shows the doubling target with the earlier $35bn and $40bn goals as revisions', async () => {
    const [trade] = JSON.parse(
      (
        await cli([
          'targets',
          '--db',
          db,
          '--parties',
          'KZ,CN',
          '--indicator',
          'trade.total',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(trade.current).toMatchObject({ value: 82e9, published: '2024-07-03' });
    expect(trade.revisions.map((r: { value: number }) => r.value)).toEqual(
      expect.arrayContaining([35e9, 40e9]),
    );
    expect(trade.latest).toMatchObject({ value: 31.4e9, period: { label: '2023' } });
    expect(trade.progress).toBe(0.383);
  });

  it('accord stats mirror shows the 2021 gap between China exports and Kazakhstan imports', async () => {
    const gaps = JSON.parse(
      (await cli(['stats', 'mirror', '--db', db, '--parties', 'CN,KZ', '--format', 'json'])).stdout,
    );
    expect(
      gaps.find((g: { period: string; from: string }) => g.period === '2021' && g.from === 'CN'),
    ).toMatchObject({
      exports: 14e9,
      imports: 8.2e9,
      to: 'KZ',
    });
  });

  it('accord report gives a Markdown brief and a self-contained HTML page with charts and no script', async () => {
    const md = (await cli(['report', '--db', db, '--parties', 'KZ,CN'])).stdout;
    for (const heading of [
      '# China–Kazakhstan: cooperation brief',
      '## Key figures',
      '## Targets and progress',
      '## Where sources disagree',
      '## Mirror statistics',
    ]) {
      expect(md).toContain(heading);
    }
    const html = (await cli(['report', '--db', db, '--parties', 'KZ,CN', '--format', 'html'])).stdout;
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(html).not.toMatch(/<script/i);
  });

  it('accord stats import refuses a bad file whole and exits 1', async () => {
    const bad = join(tempDb(), '..', 'bad.csv');
    writeFileSync(
      bad,
      'indicator,parties,period,value,unit,source\ntrade.total,CN;KZ,2023,41000000000,USD,x\ntrade.total,CN;KZ,2022,n/a,USD,x\n',
    );
    const run = await cli(['stats', 'import', bad, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.csv: .*row 3.*value.*n\/a.*nothing imported/);
    const listed = JSON.parse((await cli(['stats', 'list', '--db', db, '--format', 'json'])).stdout);
    expect(listed.some((o: { file: string }) => o.file.endsWith('bad.csv'))).toBe(false);
  });
});
