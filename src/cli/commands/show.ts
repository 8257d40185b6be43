import { Command, Option } from 'commander';
import { AccordError } from '../../errors.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption } from '../options.js';

interface ShowFlags {
  db: string;
  format: 'text' | 'json';
  sentences?: boolean;
}

/** `accord show ID`: one document's metadata and text. */
export function showCommand(io: CliIO): Command {
  return new Command('show')
    .description("show one document's metadata and clean text (ID or a unique prefix of it)")
    .argument('<id>', 'document id, or its first digits')
    .addOption(dbOption())
    .option('--sentences', 'print the sentences with their offsets instead of the text')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, flags: ShowFlags) => {
      const document = await withStore(flags.db, (store) => store.getDocument(id));
      if (!document) throw new AccordError('NOT_FOUND', `no document with id ${id} in ${flags.db}`);
      if (flags.format === 'json') {
        io.stdout(`${JSON.stringify(document, null, 2)}\n`);
        return;
      }
      const meta = [
        ['id', document.id],
        ['title', document.title],
        ['outlet', document.outlet],
        ['author', document.author],
        ['published', document.published],
        ['lang', document.lang],
        ['source', document.source],
        ['sentences', String(document.sentences.length)],
      ]
        .filter(([, v]) => v)
        .map(([k, v]) => `${(k as string).padEnd(10)} ${v}`)
        .join('\n');
      const body = flags.sentences
        ? document.sentences.map((s) => `[${s.start}-${s.end}] ${s.text}`).join('\n')
        : document.text;
      io.stdout(`${meta}\n\n${body}\n`);
    });
}
