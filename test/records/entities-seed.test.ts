/**
 * Whole reports. SEED_FACTS_REPORT carries the facts of the reference report in other words: its people,
 * countries, organisations, places, initiatives, seven commitments and two agreements must all come out. The
 * golden summit report (test/golden/summit-2024) must give exactly the records of its expected-entities.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  asExpected,
  asExpectedAgreement,
  type ExpectedAgreement,
  type ExpectedCommitment,
  runRecords,
  SEED_FACTS_EXPECTED,
  SEED_FACTS_REPORT,
} from './dev-set-commitments.js';

describe('a report with the facts of the reference report', () => {
  const { entities, commitments, agreements, figures } = runRecords(SEED_FACTS_REPORT);
  const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);

  it('names the two presidents with their roles and aliases', () => {
    const people = entities
      .filter((e) => e.type === 'person')
      .map((e) => ({ name: e.name, role: e.role, aliases: e.aliases }));
    expect(people).toEqual(SEED_FACTS_EXPECTED.entities.person);
  });

  it('names the two countries, the organisations, places and initiatives', () => {
    expect(
      entities
        .filter((e) => e.type === 'country')
        .map((e) => e.country)
        .sort(),
    ).toEqual(SEED_FACTS_EXPECTED.entities.country);
    expect(names('organization').sort()).toEqual([...SEED_FACTS_EXPECTED.entities.organization].sort());
    expect(names('place').sort()).toEqual([...SEED_FACTS_EXPECTED.entities.place].sort());
    expect(names('initiative').sort()).toEqual([...SEED_FACTS_EXPECTED.entities.initiative].sort());
  });

  it('resolves acronyms and later mentions', () => {
    expect(entities.find((e) => e.name === 'United Nations')?.aliases).toEqual(['UN']);
    expect(entities.find((e) => e.name === 'Kassym-Jomart Tokayev')?.mentions.length).toBeGreaterThanOrEqual(
      6,
    );
    expect(entities.find((e) => e.name === 'Belt and Road Initiative')?.aliases).toContain(
      'One Belt, One Road',
    );
  });

  it('records the seven commitments in full', () => {
    expect(commitments.map((c) => asExpected(c, figures))).toEqual(SEED_FACTS_EXPECTED.commitments);
  });

  it('links the doubling promise to its target figure', () => {
    const doubling = commitments[0];
    expect(doubling?.figure).not.toBeNull();
    expect(figures[doubling?.figure ?? -1]).toMatchObject({ kind: 'target', value: 82000000000 });
  });

  it('records the two agreements in full', () => {
    expect(agreements.map(asExpectedAgreement)).toEqual(SEED_FACTS_EXPECTED.agreements);
  });
});

interface GoldenEntities {
  document: { published: string };
  entities: { type: string; name: string; aliases: string[]; role: string | null; country: string | null }[];
  commitments: ExpectedCommitment[];
  agreements: ExpectedAgreement[];
  gaps: { record: string; missing: { kind: 'commitment'; objectContains: string } }[];
}

describe('golden summit-2024 report', () => {
  const folder = new URL('../golden/summit-2024/', import.meta.url);
  const golden = JSON.parse(
    readFileSync(new URL('expected-entities.json', folder), 'utf8'),
  ) as GoldenEntities;
  const { entities, commitments, agreements, figures } = runRecords(
    readFileSync(new URL('source.txt', folder), 'utf8'),
    golden.document.published,
  );

  it('gives exactly the expected entities', () => {
    expect(
      entities.map((e) => ({
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        role: e.role,
        country: e.country,
      })),
    ).toEqual(golden.entities);
  });

  it('gives exactly the expected commitments and agreements', () => {
    expect(commitments.map((c) => asExpected(c, figures))).toEqual(golden.commitments);
    expect(agreements.map(asExpectedAgreement)).toEqual(golden.agreements);
  });

  it.each(golden.gaps.map((gap) => [gap.record, gap] as const))('still misses %s', (_record, gap) => {
    expect(commitments.some((c) => c.object.toLowerCase().includes(gap.missing.objectContains))).toBe(false);
  });
});
