import type { Brief } from '../knowledge/brief.js';
import { amount, percent } from './format.js';
import { seriesChart } from './series-chart.js';

/** Text from documents is untrusted: every character that could open markup is escaped. */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a202c}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #e2e8f0;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{font-weight:600}figure{margin:0 0 1.5rem}figcaption{color:#4a5568;font-size:.9rem}.conflict{color:#c53030}blockquote{margin:.2rem 0;color:#4a5568}`;

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p><em>None recorded.</em></p>';
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The brief as one self-contained HTML page: charts are inline SVG, there is no script, and a Content-Security-Policy
 * forbids any: `await renderBriefHtml(brief)`.
 */
export async function renderBriefHtml(brief: Brief): Promise<string> {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<h1>${e(brief.title)}: cooperation brief</h1>`);
  parts.push(
    `<p>Made by Accord on ${e(brief.generated.slice(0, 10))} from ${brief.documents} documents. Every value cites its sources; where sources disagree, the consensus follows the most authoritative kind of source.</p>`,
  );
  parts.push('<h2>Key figures</h2>');
  parts.push(
    table(
      ['indicator', 'period', 'value', 'sources', 'followed'],
      brief.keyFigures.map((k) => [
        e(k.label),
        e(k.observation.period.label),
        e(amount(k.observation.consensus.value, k.observation.unit)) +
          (k.usd ? ` <small>(≈ ${e(amount(k.usd.value, 'USD'))} at ${e(k.usd.rateLabel)})</small>` : ''),
        String(k.observation.sources.length),
        e(k.observation.consensus.outlet ?? k.observation.consensus.document),
      ]),
    ),
  );
  parts.push('<h2>Series</h2>');
  for (const s of brief.series.filter((x) => x.observations.length > 1)) {
    const direction = s.direction ? ` (${s.direction.from} → ${s.direction.to})` : '';
    parts.push(
      `<figure>${await seriesChart(s, brief.targets)}<figcaption>${e(s.indicator)}${e(direction)}, ${e(s.unit)}: consensus line, every source a point (hover for the outlet), conflicts in red, official statistics in green, targets dashed.</figcaption></figure>`,
    );
  }
  parts.push('<h2>Targets and progress</h2>');
  parts.push(
    table(
      ['indicator', 'target', 'deadline', 'earlier targets', 'latest actual', 'progress'],
      brief.targets.map((t) => [
        e(t.indicator),
        e(amount(t.current.value, t.unit)),
        e(t.current.deadline?.label),
        e(t.revisions.map((r) => `${amount(r.value, t.unit)} (${r.published ?? 'undated'})`).join(' → ')),
        t.latest ? e(`${amount(t.latest.value, t.unit)} (${t.latest.period.label})`) : '',
        t.progress === null ? '' : e(percent(t.progress)),
      ]),
    ),
  );
  parts.push('<h2>Commitments</h2>');
  parts.push(
    table(
      ['status', 'commitment', 'by', 'source'],
      brief.commitments.map((c) => [
        e(c.status),
        `<strong>${e(c.action)} ${e(c.object)}</strong><blockquote>${e(c.sentence)}</blockquote>`,
        e(c.deadline?.label),
        e(`${c.outlet ?? c.document}, ${c.published ?? 'undated'}`),
      ]),
    ),
  );
  parts.push('<h2>Where sources disagree</h2>');
  parts.push(
    table(
      ['indicator', 'period', 'sides', 'likely cause'],
      brief.conflicts.map((o) => [
        e(o.indicator),
        e(o.period.label),
        (o.conflict?.sides ?? [])
          .map(
            (side) =>
              `${e(amount(side.value, o.unit))}: ${e(side.sources.map((x) => x.outlet ?? x.document).join(', '))}`,
          )
          .join('<br>'),
        `<span class="conflict">${e(o.conflict?.cause ?? 'unexplained')}</span> — ${e(o.conflict?.explanation)}`,
      ]),
    ),
  );
  parts.push('<h2>Mirror statistics</h2>');
  parts.push(
    table(
      ['period', 'flow', "exporter's record", "importer's record", 'gap'],
      brief.mirror.map((g) => [
        e(g.period),
        e(`${g.from} → ${g.to}`),
        e(amount(g.exports, g.unit)),
        e(amount(g.imports, g.unit)),
        e(`${amount(g.gap, g.unit)} (${percent(g.ratio - 1)})`),
      ]),
    ),
  );
  parts.push('<h2>Agreements</h2>');
  parts.push(
    table(
      ['date', 'agreement', 'parties', 'source'],
      brief.agreements.map((a) => [
        e(a.date),
        e(a.count ? `${a.name} (${a.count})` : a.name),
        e(a.parties.join(', ')),
        e(a.outlet ?? a.document),
      ]),
    ),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(brief.title)}: cooperation brief</title><style>${STYLE}</style></head>
<body>
${parts.join('\n')}
</body></html>
`;
}
