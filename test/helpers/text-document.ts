/** A plain-text document in English for tests: `textDocument('Trade reached $41 billion.')`, published 2024-07-03. */
import { createDocument } from '../../src/documents/create-document.js';
import type { Document } from '../../src/types.js';

export function textDocument(
  text: string,
  { source = 'test.txt', published = '2024-07-03' }: { source?: string; published?: string | null } = {},
): Document {
  const document = createDocument(
    { source, format: 'text', text, title: null, outlet: null, author: null, published, lang: 'en' },
    { lang: 'en' },
  );
  if (!document) throw new Error(`${source}: no text left after cleaning`);
  return document;
}
