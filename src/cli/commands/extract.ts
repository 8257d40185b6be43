import { Command, Option } from 'commander';
import { createDocument } from '../../documents/create-document.js';
import { loadLanguageDetector } from '../../documents/detect-language.js';
import { AccordError } from '../../errors.js';
import { extractFigures } from '../../pipeline/extract.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, readSources } from '../../sources/index.js';
import type { Document, Figure } from '../../types.js';
import type { CliIO } from '../context.js';
import { FIGURE_COLUMNS } from '../format-figure.js';
import { parseIsoDate, parseLang } from '../options.js';
import { renderTable } from '../output.js';

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
}

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
        const figures = extractFigures(document, { taxonomy });
        if (flags.format === 'jsonl') io.stdout(`${JSON.stringify({ document, figures })}\n`);
        else results.push({ document, figures });
      }
      if (flags.format === 'json') {
        const output = results.length === 1 ? results[0] : results;
        if (results.length > 0) io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      } else if (flags.format === 'table') {
        for (const { document, figures } of results) {
          const heading = [document.title, document.outlet, document.published].filter(Boolean).join(' · ');
          io.stdout(
            `${heading}\n${figures.length ? renderTable(figures, FIGURE_COLUMNS) : '(no figures)'}\n`,
          );
        }
      }
    });
}
