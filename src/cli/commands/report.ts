import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { buildBrief } from '../../knowledge/brief.js';
import { trackCommitment } from '../../knowledge/commitment-status.js';
import { loadExchangeRates } from '../../knowledge/exchange-rates.js';
import { mirrorGaps, withOfficial } from '../../knowledge/official.js';
import { buildSeries } from '../../knowledge/series.js';
import { loadOutletKinds } from '../../knowledge/source-kind.js';
import { trackTargets } from '../../knowledge/targets.js';
import { evidenceFor } from '../../knowledge/track-commitments.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { renderBriefHtml } from '../../report/brief-html.js';
import { renderBriefMarkdown } from '../../report/brief-markdown.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption } from '../options.js';
import { parseParties } from './figures.js';

interface ReportFlags {
  db: string;
  parties: string[];
  format: 'md' | 'html';
  rates?: string;
  outlets?: string;
  tolerance: number;
  output?: string;
}

/** `accord report --parties KZ,CN`: a brief an analyst can hand on, as Markdown or a self-contained HTML page. */
export function reportCommand(io: CliIO): Command {
  return new Command('report')
    .description(
      'a brief on one relationship: key figures with sources, series, targets, commitments, conflicts, agreements',
    )
    .requiredOption('--parties <codes>', 'the pair, e.g. KZ,CN', parseParties)
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('--rates <file>', 'exchange rates to USD as JSON: {"EUR": 1.08} or {"EUR": {"2023": 1.08}}')
    .option('--outlets <file>', 'a JSON file of outlet kinds: {"Outlet name": "official"}')
    .option('--tolerance <fraction>', 'sources further apart than this conflict', Number, 0.05)
    .option('-o, --output <file>', 'write the brief to a file instead of standard output')
    .action(async (flags: ReportFlags) => {
      const rates = flags.rates ? loadExchangeRates(flags.rates) : undefined;
      const outletKinds = flags.outlets ? loadOutletKinds(flags.outlets) : undefined;
      const labels = new Map(loadTaxonomy().indicators.map((i) => [i.code, i.label]));
      const { figures, commitments, agreements, official } = await withStore(flags.db, async (store) => ({
        figures: await store.listFigures({ parties: flags.parties }),
        official: await store.listObservations({ parties: flags.parties }),
        // Each commitment with the status later reports give it.
        commitments: await Promise.all(
          (await store.listCommitments({ parties: flags.parties })).map(async (c) => ({
            ...c,
            status: trackCommitment(c, await evidenceFor(store, c), new Date().toISOString().slice(0, 10))
              .status,
          })),
        ),
        agreements: await store.listAgreements({ parties: flags.parties }),
      }));
      const series = withOfficial(
        buildSeries(figures, { tolerance: flags.tolerance, outletKinds }),
        official,
      );
      const brief = buildBrief({
        parties: flags.parties,
        figures,
        series,
        targets: trackTargets(figures, series),
        commitments,
        agreements,
        mirror: mirrorGaps(official),
        labels,
        rates,
        generated: new Date().toISOString(),
      });
      const text = flags.format === 'html' ? await renderBriefHtml(brief) : renderBriefMarkdown(brief);
      if (flags.output) {
        writeFileSync(flags.output, text);
        io.stderr(`wrote ${flags.output}\n`);
      } else {
        io.stdout(text);
      }
    });
}
