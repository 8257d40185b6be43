import type { Brief } from '../knowledge/brief.js';
import type { CommitmentStatus } from '../types.js';
import { amount, percent } from './format.js';

const STATUS_ORDER: CommitmentStatus[] = [
  'in the works',
  'not yet rated',
  'stalled',
  'kept',
  'compromise',
  'broken',
];

/** Text safe inside a Markdown table cell: pipes escaped, line breaks folded. */
function cell(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();
}

function table(headers: string[], rows: Array<Array<string | number | null | undefined>>): string {
  if (rows.length === 0) return '_None recorded._\n';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The brief as Markdown: `renderBriefMarkdown(brief)` starts with "# China–Kazakhstan: cooperation brief". */
export function renderBriefMarkdown(brief: Brief): string {
  const out: string[] = [];
  out.push(`# ${brief.title}: cooperation brief`, '');
  out.push(
    `Made by Accord on ${brief.generated.slice(0, 10)} from ${brief.documents} documents. Every value cites its sources; where sources disagree, the consensus follows the most authoritative kind of source.`,
    '',
  );

  out.push('## Key figures', '');
  out.push(
    table(
      ['indicator', 'period', 'value', 'sources', 'followed', 'sentence'],
      brief.keyFigures.map((k) => [
        k.label,
        k.observation.period.label,
        amount(k.observation.consensus.value, k.observation.unit) +
          (k.usd ? ` (≈ ${amount(k.usd.value, 'USD')} at ${k.usd.rateLabel})` : ''),
        k.observation.sources.length,
        k.observation.consensus.outlet ?? k.observation.consensus.document,
        k.observation.sources.find((s) => s.document === k.observation.consensus.document)?.sentence,
      ]),
    ),
    '',
  );

  out.push('## Series', '');
  for (const s of brief.series.filter((x) => x.observations.length > 1)) {
    const direction = s.direction ? ` (${s.direction.from} → ${s.direction.to})` : '';
    out.push(`### ${s.indicator}${direction}, ${s.unit}`, '');
    out.push(
      table(
        ['period', 'consensus', 'sources', 'outlets', 'conflict'],
        s.observations.map((o) => [
          o.period.label,
          amount(o.consensus.value, o.unit),
          o.sources
            .map((x) => `${amount(x.value, o.unit)} (${x.outlet ?? x.document}, ${x.published ?? 'undated'})`)
            .join('; '),
          o.corroboration,
          o.conflict ? `${percent(o.conflict.spread)} apart: ${o.conflict.cause ?? 'unexplained'}` : '',
        ]),
      ),
      '',
    );
  }

  out.push('## Targets and progress', '');
  out.push(
    table(
      [
        'indicator',
        'target',
        'deadline',
        'stated',
        'earlier targets',
        'latest actual',
        'progress',
        'pace needed',
      ],
      brief.targets.map((t) => [
        t.indicator,
        amount(t.current.value, t.unit),
        t.current.deadline?.label,
        `${t.current.published ?? ''} ${t.current.outlet ?? ''}`,
        t.revisions.map((r) => `${amount(r.value, t.unit)} (${r.published ?? 'undated'})`).join(' → '),
        t.latest ? `${amount(t.latest.value, t.unit)} (${t.latest.period.label})` : '',
        t.progress === null ? '' : percent(t.progress),
        t.paceNeeded === null ? '' : `${(t.paceNeeded * 100).toFixed(1)}% a year`,
      ]),
    ),
    '',
  );

  out.push('## Commitments by status', '');
  if (brief.commitments.length === 0) out.push('_None recorded._', '');
  for (const status of STATUS_ORDER) {
    const group = brief.commitments.filter((c) => c.status === status);
    if (group.length === 0) continue;
    out.push(`### ${status} (${group.length})`, '');
    for (const c of group) {
      const deadline = c.deadline ? `, by ${c.deadline.label}` : '';
      out.push(
        `- **${c.action} ${c.object}**${deadline} — ${c.actors.join(', ')}; “${cell(c.sentence)}” (${c.outlet ?? c.document}, ${c.published ?? 'undated'})`,
      );
    }
    out.push('');
  }

  out.push('## Where sources disagree', '');
  out.push(
    table(
      ['indicator', 'period', 'sides', 'likely cause'],
      brief.conflicts.map((o) => [
        o.indicator,
        o.period.label,
        o.conflict?.sides
          .map(
            (side) =>
              `${amount(side.value, o.unit)}: ${side.sources.map((x) => x.outlet ?? x.document).join(', ')}`,
          )
          .join(' vs '),
        o.conflict ? `${o.conflict.cause ?? 'unexplained'} — ${o.conflict.explanation}` : '',
      ]),
    ),
    '',
  );

  out.push('## Mirror statistics', '');
  out.push(
    table(
      ['period', 'flow', "exporter's record", "importer's record", 'gap'],
      brief.mirror.map((g) => [
        g.period,
        `${g.from} → ${g.to}`,
        amount(g.exports, g.unit),
        amount(g.imports, g.unit),
        `${amount(g.gap, g.unit)} (${percent(g.ratio - 1)})`,
      ]),
    ),
    '',
  );

  out.push('## Agreements', '');
  out.push(
    table(
      ['date', 'agreement', 'parties', 'source'],
      brief.agreements.map((a) => [
        a.date,
        a.count ? `${a.name} (${a.count})` : a.name,
        a.parties.join(', '),
        a.outlet ?? a.document,
      ]),
    ),
    '',
  );
  if (brief.rates)
    out.push('_Money is shown in its own currency; USD equivalents use the rates named beside them._', '');
  return `${out.join('\n').trimEnd()}\n`;
}
