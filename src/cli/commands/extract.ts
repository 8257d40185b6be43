import { Command, Option } from 'commander';
import { createDocument } from '../../documents/create-document.js';
import { loadLanguageDetector } from '../../documents/detect-language.js';
import { AccordError } from '../../errors.js';
import { extractRecords } from '../../pipeline/extract-records.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, readSources } from '../../sources/index.js';
import type { Agreement, Commitment, Document, Entity, Figure } from '../../types.js';
import type { CliIO } from '../context.js';
import { FIGURE_COLUMNS } from '../format-figure.js';
import { parseIsoDate, parseLang } from '../options.js';
import { type Column, renderTable } from '../output.js';

interface ExtractFlags {
  published?: string;
  outlet?: string;
  lang?: string;
  taxonomy?: string;
  format: 'json' | 'jsonl' | 'table';
  timeout: number;
}

/** The public output of `accord extract`: a document and its records. */
export interface ExtractResult {
  document: Document;
  figures: Figure[];
  entities: Entity[];
  commitments: Commitment[];
  agreements: Agreement[];
}

const ENTITY_COLUMNS: Column<Entity>[] = [
  { header: 'type', value: (e) => e.type },
  { header: 'name', value: (e) => e.name, max: 50 },
  { header: 'role', value: (e) => e.role, max: 30 },
  { header: 'aliases', value: (e) => e.aliases.join(', '), max: 40 },
  { header: 'mentions', value: (e) => e.mentions.length },
];

const COMMITMENT_COLUMNS: Column<Commitment>[] = [
  { header: 'status', value: (c) => c.status },
  { header: 'actors', value: (c) => c.actors.join(',') },
  { header: 'action', value: (c) => c.action },
  { header: 'object', value: (c) => c.object, max: 50 },
  { header: 'sectors', value: (c) => c.sectors.join(', '), max: 40 },
  { header: 'deadline', value: (c) => c.deadline?.label },
  { header: 'figure', value: (c) => (c.figure === null ? '' : `#${c.figure}`) },
];

const AGREEMENT_COLUMNS: Column<Agreement>[] = [
  { header: 'name', value: (a) => a.name, max: 50 },
  { header: 'type', value: (a) => a.type },
  { header: 'parties', value: (a) => a.parties.join(',') },
  { header: 'count', value: (a) => a.count },
  { header: 'date', value: (a) => a.date },
];

/** `accord extract FILE|URL|-`: the whole pipeline on one input, printed, with no store involved. */
export function extractCommand(io: CliIO, setExitCode: (code: number) => void): Command {
  return new Command('extract')
    .description(
      'extract the records of one input (file, URL or - for stdin) and print them; nothing is stored',
    )
    .argument('<input>', 'a file, a URL, or - for standard input')
    .option(
      '--published <date>',
      'publication date, the reference for "last year" (YYYY-MM-DD)',
      parseIsoDate,
    )
    .option('--outlet <name>', 'outlet name')
    .option('--lang <code>', 'language (skips detection)', parseLang)
    .option('--taxonomy <file>', 'a JSON file of extra indicators, merged over the built-in taxonomy')
    .option('--timeout <seconds>', 'give up on a URL after this long', Number, DEFAULT_TIMEOUT_MS / 1000)
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'table']).default('json'),
    )
    .action(async (input: string, flags: ExtractFlags) => {
      const taxonomy = flags.taxonomy ? loadTaxonomy(flags.taxonomy) : undefined;
      if (!flags.lang) await loadLanguageDetector();
      const results: ExtractResult[] = [];
      const sources = readSources([input], {
        maxBytes: DEFAULT_MAX_BYTES,
        timeoutMs: flags.timeout * 1000,
        follow: false,
        stdin: io.stdin,
      });
      for await (const result of sources) {
        if (!result.ok) {
          io.stderr(`failed: ${result.source}: ${result.error.message}\n`);
          setExitCode(1);
          continue;
        }
        const overrides = { published: flags.published, outlet: flags.outlet, lang: flags.lang };
        const document = createDocument(result.raw, overrides);
        if (!document) throw new AccordError('NO_TEXT', `${result.raw.source}: no text left after cleaning`);
        const { figures, entities, commitments, agreements } = extractRecords(document, { taxonomy });
        const extracted: ExtractResult = { document, figures, entities, commitments, agreements };
        if (flags.format === 'jsonl') io.stdout(`${JSON.stringify(extracted)}\n`);
        else results.push(extracted);
      }
      if (flags.format === 'json') {
        const output = results.length === 1 ? results[0] : results;
        if (results.length > 0) io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      } else if (flags.format === 'table') {
        for (const { document, figures, entities, commitments, agreements } of results) {
          const heading = [document.title, document.outlet, document.published].filter(Boolean).join(' · ');
          const section = <T>(title: string, rows: T[], columns: Column<T>[]) =>
            `\n${title}\n${rows.length ? renderTable(rows, columns) : '(none)'}\n`;
          io.stdout(
            `${heading}\n${section('Figures', figures, FIGURE_COLUMNS)}${section('Entities', entities, ENTITY_COLUMNS)}` +
              `${section('Commitments', commitments, COMMITMENT_COLUMNS)}${section('Agreements', agreements, AGREEMENT_COLUMNS)}`,
          );
        }
      }
    });
}
