/** The indicator taxonomy: matching measures to codes (a table with odd and negative rows), and loading user files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import {
  compileTaxonomy,
  loadTaxonomy,
  mergeTaxonomies,
  unitClass,
} from '../../src/records/figures/index.js';

const taxonomy = compileTaxonomy(loadTaxonomy());

describe('taxonomy.match', () => {
  it.each([
    ['bilateral trade', 'USD', 'trade.total'],
    ['trade turnover between kazakhstan and china', 'USD', 'trade.total'],
    ["kazakhstan's exports to china", 'USD', 'trade.exports'],
    ['agricultural exports from kazakhstan to china', 'USD', 'trade.exports.agrifood'],
    ['grain shipped to china', 't', 'trade.exports.agrifood'],
    ['exports of kazakh goods to china', 'USD', 'trade.exports'],
    ['imports from china', 'CNY', 'trade.imports'],
    ['trade surplus', 'USD', 'trade.balance'],
    ['chinese investments in kazakhstan', 'USD', 'investment.total'],
    ['investment inflows from china', 'USD', 'investment.flow'],
    ['value of projects being implemented', 'USD', 'projects.value'],
    ['value of investment projects', 'USD', 'projects.value'],
    ['investment projects being implemented', 'count', 'projects.count'],
    ['enterprises with chinese capital', 'count', 'enterprises.count'],
    ['kazakh students in chinese universities', 'count', 'students.count'],
    ['number of chinese tourists visiting kazakhstan', 'count', 'tourists.count'],
    ['weekly flights', 'count', 'flights.count'],
    ['container trains', 'count', 'trains.count'],
    ['container traffic', 'TEU', 'containers.count'],
    ['rail freight', 't', 'freight.volume'],
    ['oil exports from kazakhstan to china', 't', 'energy.supply'],
    ['imports of oil from kazakhstan', 't', 'energy.supply'],
    ['gas', 'm3', 'energy.supply'],
    ['concessional loans', 'USD', 'loans.total'],
    ['humanitarian aid', 'USD', 'aid.total'],
    ['agreements signed', 'count', 'agreements.count'],
    ['value of agreements signed', 'USD', 'agreements.value'],
    ['jobs', 'count', 'jobs.count'],
    ['bilateral trade', 'percent', 'trade.total'],
    // odd rows: plural folding, possessives, case
    ['Universities', 'count', null],
    ['Kazakhstan’s Exports', 'USD', 'trade.exports'],
    // negative rows: nothing fits, or the unit rules the entry out
    ['electronics', 'USD', null],
    ['projects', 't', null],
    ['enterprises with chinese capital', 'USD', 'investment.total'],
    ['', 'USD', null],
    [null, 'USD', null],
    [null, 'TEU', 'containers.count'],
    ['trade', null, 'trade.total'],
  ])('%s in %s -> %s', (measure, unit, code) => {
    expect(taxonomy.match(measure, unit)).toBe(code);
  });
});

describe('unitClass', () => {
  it.each([
    ['USD', 'money'],
    ['KZT', 'money'],
    ['count', 'count'],
    ['percent', 'percent'],
    ['pp', 'percent'],
    ['t', 'physical'],
    ['TEU', 'physical'],
    ['m3', 'physical'],
    ['MW', 'physical'],
  ])('%s is %s', (unit, cls) => {
    expect(unitClass(unit)).toBe(cls);
  });
});

describe('loadTaxonomy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-taxonomy-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('merges a user file: new codes are added and the same code is replaced', () => {
    const path = write(
      'user.json',
      JSON.stringify({
        indicators: [
          {
            code: 'wheat.exports',
            label: 'Wheat exports',
            units: ['physical'],
            terms: ['wheat exports', 'exports of wheat'],
          },
          { code: 'trade.total', label: 'Turnover only', units: ['money'], terms: ['turnover'] },
        ],
      }),
    );
    const merged = compileTaxonomy(loadTaxonomy(path));
    expect(merged.match('exports of wheat to china', 't')).toBe('wheat.exports');
    expect(merged.match('trade turnover', 'USD')).toBe('trade.total');
    expect(merged.match('bilateral trade', 'USD')).toBeNull();
    expect(merged.match('bilateral trade', 'USD')).not.toBe(taxonomy.match('bilateral trade', 'USD'));
  });

  it('leaves the built-in taxonomy alone', () => {
    expect(loadTaxonomy().indicators.some((entry) => entry.code === 'wheat.exports')).toBe(false);
  });

  it.each([
    ['missing.json', null, 'NOT_FOUND'],
    ['broken.json', '{"indicators": [', 'BAD_INPUT'],
    ['array.json', '[]', 'BAD_INPUT'],
    [
      'no-terms.json',
      '{"indicators": [{"code": "x", "label": "x", "units": ["money"], "terms": []}]}',
      'BAD_INPUT',
    ],
    [
      'bad-unit.json',
      '{"indicators": [{"code": "x", "label": "x", "units": ["$$"], "terms": ["x"]}]}',
      'BAD_INPUT',
    ],
    ['no-code.json', '{"indicators": [{"label": "x", "units": ["money"], "terms": ["x"]}]}', 'BAD_INPUT'],
  ])('%s is refused with %s naming the file', (name, content, code) => {
    const path = content === null ? join(dir, name) : write(name, content);
    let caught: unknown;
    try {
      loadTaxonomy(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AccordError);
    expect((caught as AccordError).code).toBe(code);
    expect((caught as AccordError).message).toContain(name);
  });

  it('mergeTaxonomies keeps the user entry first so it wins ties', () => {
    const base = { indicators: [{ code: 'a', label: 'A', units: ['money'], terms: ['trade'] }] };
    const extra = { indicators: [{ code: 'b', label: 'B', units: ['money'], terms: ['trade'] }] };
    expect(compileTaxonomy(mergeTaxonomies(base, extra)).match('trade', 'USD')).toBe('b');
  });
});
