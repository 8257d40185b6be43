import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, failureOf, makePdf, readOne } from './_helpers.js';

type TempDir = Awaited<ReturnType<typeof createTempDir>>;
let temp: TempDir;

/** A two-page joint statement: running header, page numbers, hyphenated line ends, a sentence across pages. */
function statementPdf(): Promise<Uint8Array> {
  return makePdf(
    (doc) => {
      const header = () =>
        doc.fontSize(9).text('Joint Statement of Kazakhstan and China', 72, 40, { lineBreak: false });
      const line = (text: string, y: number) => doc.fontSize(12).text(text, 72, y, { lineBreak: false });
      header();
      doc.fontSize(18).text('Joint Statement on Trade', 72, 80, { lineBreak: false });
      line('The two sides agreed to deepen economic coop-', 120);
      line('eration in trade, transport and energy.', 135);
      line('Bilateral trade reached $41 billion in 2023, and the', 170);
      line('Kazakh-', 185);
      line('Chinese business council will meet in the autumn to', 200);
      line('review 45 projects worth a total of', 215);
      doc.fontSize(9).text('1', 300, 700, { lineBreak: false });
      doc.addPage();
      header();
      line('$14.5 billion. The sides will report on progress', 120);
      line('next spring.', 135);
      line('Rail freight through Khorgos rose by a fifth.', 170);
      doc.fontSize(9).text('2', 300, 700, { lineBreak: false });
    },
    {
      info: {
        Title: 'Joint Statement on Trade',
        Author: 'Ministry of Foreign Affairs',
        CreationDate: new Date(Date.UTC(2024, 6, 3, 9, 0, 0)),
      },
      lang: 'en-GB',
    },
  );
}

beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(() => temp.remove());

describe('PDF sources', () => {
  it('takes a person named as author for the author only, not the outlet', async () => {
    const bytes = await makePdf(
      (doc) => doc.fontSize(12).text('Freight through Khorgos grew by a fifth in 2023.'),
      {
        info: { Author: 'Aigerim Sadykova' },
      },
    );
    const path = await temp.write('byline.pdf', bytes);
    expect(await readOne(path)).toMatchObject({ author: 'Aigerim Sadykova', outlet: null });
  });

  it('reads text, paragraphs and metadata of a two-page statement', async () => {
    const path = await temp.write('statement.pdf', await statementPdf());
    expect(await readOne(path)).toEqual({
      source: path,
      format: 'pdf',
      title: 'Joint Statement on Trade',
      author: 'Ministry of Foreign Affairs',
      outlet: 'Ministry of Foreign Affairs', // the issuing body named as author
      published: '2024-07-03',
      lang: 'en',
      text: [
        'Joint Statement on Trade',
        'The two sides agreed to deepen economic cooperation in trade, transport and energy.',
        'Bilateral trade reached $41 billion in 2023, and the Kazakh-Chinese business council will meet in the autumn to review 45 projects worth a total of $14.5 billion. The sides will report on progress next spring.',
        'Rail freight through Khorgos rose by a fifth.',
      ].join('\n'),
    });
  });

  it('sniffs a PDF by content whatever its name', async () => {
    const path = await temp.write('statement-without-extension', await statementPdf());
    expect((await readOne(path)).format).toBe('pdf');
  });

  it('refuses an encrypted PDF as BAD_PDF', async () => {
    const bytes = await makePdf((doc) => doc.text('Confidential figures', 72, 100), {
      userPassword: 'secret',
      ownerPassword: 'owner',
      pdfVersion: '1.7',
    });
    const path = await temp.write('encrypted.pdf', bytes);
    expect(await failureOf(path)).toEqual({
      source: path,
      code: 'BAD_PDF',
      message: 'encrypted PDF: it needs a password',
    });
  });

  it('reads a PDF restricted by an owner password only, as government PDFs often are', async () => {
    const bytes = await makePdf((doc) => doc.text('Exports of grain doubled to $1 billion.', 72, 100), {
      ownerPassword: 'owner',
      permissions: { copying: false, modifying: false },
      pdfVersion: '1.7',
    });
    const path = await temp.write('restricted.pdf', bytes);
    expect((await readOne(path)).text).toBe('Exports of grain doubled to $1 billion.');
  });

  it('refuses a PDF without a text layer as NO_TEXT', async () => {
    const bytes = await makePdf((doc) => doc.rect(72, 72, 200, 100).fill('#336699'));
    const path = await temp.write('scan.pdf', bytes);
    expect(await failureOf(path)).toEqual({
      source: path,
      code: 'NO_TEXT',
      message: 'PDF has no text layer (a scanned image?); run OCR on it first',
    });
  });

  it.each([
    ['garbage after the header', Buffer.from('%PDF-1.4\nthis is not a real document body\n%%EOF')],
    ['a truncated file', null],
  ])('refuses a corrupted PDF (%s) as BAD_PDF', async (_name, content) => {
    const bytes = content ?? (await statementPdf()).subarray(0, 400);
    const path = await temp.write('broken.pdf', bytes);
    const failure = await failureOf(path);
    expect(failure.code).toBe('BAD_PDF');
    expect(failure.message).toMatch(/PDF/);
  });
});
