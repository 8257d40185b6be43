/**
 * Builds the example PDFs in examples/pdf/ from the texts kept in scripts/example-pdf-src/.
 *
 * Usage: node scripts/make-example-pdfs.js
 *
 * Source format (one .txt per PDF, same base name as the PDF):
 * - the first block is the title;
 * - blocks are separated by blank lines;
 * - a block of one short line without closing punctuation ("Article 5", "Astana, 3 July 2024")
 *   is set in bold as a heading;
 * - other blocks are paragraphs: their lines are joined with spaces and wrapped by pdfkit, except
 *   where a line ends in a word split by a hyphen ("infra-" + "structure"), which is kept as a line
 *   break so the PDF holds a hyphenated word at a line end for the extractor to repair.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = join(ROOT, 'scripts', 'example-pdf-src');
const OUTPUT_DIR = join(ROOT, 'examples', 'pdf');

/** Document info per source file; Title comes from the source's first block. */
const META = {
  '2024-07-03-kazakhstan-china-joint-statement': {
    author: 'Ministry of Foreign Affairs of Kazakhstan (official publication)',
    subject: 'Joint Statement of Kazakhstan and China, state visit of 2-3 July 2024',
    keywords: 'Kazakhstan, China, joint statement, trade, investment',
    created: '2024-07-03T18:00:00+05:00',
    footer: 'Joint Statement of the Republic of Kazakhstan and the People\u2019s Republic of China',
  },
  '2024-08-06-ministry-trade-kazakhstan-china-first-half-2024': {
    author: 'Ministry of Trade and Integration of Kazakhstan (press service)',
    subject: 'Press release: trade with China in the first half of 2024',
    keywords: 'Kazakhstan, China, trade, grain, press release',
    created: '2024-08-06T10:30:00+05:00',
    footer: 'Ministry of Trade and Integration of the Republic of Kazakhstan',
  },
};

const PAGE_MARGIN = 72;
const HEADING_MAX_CHARS = 70;

/** A heading is one short line without closing punctuation: "Article 5" yes, "The Sides agree." no. */
const HEADING_PATTERN = /^[^\n]*[^.;:,]$/;

/** A line ending in a word split by a hyphen: "transport infra-" yes, "2023-2024" and "-" alone no. */
const SPLIT_WORD_END = /[a-z]-$/;

/** A line that continues a split word: "structure in ..." yes, "Article 2" no. */
const SPLIT_WORD_START = /^[a-z]/;

/** Splits a source text into blocks: "Title\n\nPara one\nstill one" -> ['Title', 'Para one\nstill one']. */
function splitBlocks(text) {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** Joins a paragraph's lines, keeping a break after a split word: "a infra-\nstructure b\nc" -> "a infra-\nstructure b c". */
function joinLines(block) {
  const lines = block.split('\n').map((line) => line.trim());
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const keepBreak = SPLIT_WORD_END.test(lines[i - 1]) && SPLIT_WORD_START.test(lines[i]);
    out += (keepBreak ? '\n' : ' ') + lines[i];
  }
  return out;
}

/** True for a block set as a heading: "Article 5" -> true. */
function isHeading(block) {
  return !block.includes('\n') && block.length <= HEADING_MAX_CHARS && HEADING_PATTERN.test(block);
}

/** Writes one PDF from one source file and resolves when the file is closed. */
function renderPdf(sourcePath, outputPath, meta) {
  const blocks = splitBlocks(readFileSync(sourcePath, 'utf8'));
  const [title = '', ...body] = blocks;
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    bufferPages: true,
    info: {
      Title: joinLines(title).replace(/\n/g, ' '),
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Creator: 'Accord examples (scripts/make-example-pdfs.js)',
      CreationDate: new Date(meta.created),
      ModDate: new Date(meta.created),
    },
  });
  const done = new Promise((resolve, reject) => {
    const stream = createWriteStream(outputPath);
    stream.on('finish', resolve);
    stream.on('error', reject);
    doc.pipe(stream);
  });

  const width = doc.page.width - 2 * PAGE_MARGIN;
  doc.font('Helvetica-Bold').fontSize(15).text(joinLines(title), { width, align: 'left' });
  doc.moveDown(1);
  for (const block of body) {
    if (isHeading(block)) {
      doc.font('Helvetica-Bold').fontSize(11).text(block, { width });
      doc.moveDown(0.3);
    } else {
      doc.font('Helvetica').fontSize(11).text(joinLines(block), { width, align: 'left', lineGap: 2 });
      doc.moveDown(0.8);
    }
  }

  // Running footer on every page: page furniture that an extractor should recognise and drop.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`${meta.footer} \u2014 page ${i + 1} of ${range.count}`, PAGE_MARGIN, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

mkdirSync(OUTPUT_DIR, { recursive: true });
const sources = readdirSync(SOURCE_DIR).filter((name) => name.endsWith('.txt'));
for (const name of sources) {
  const base = basename(name, '.txt');
  const meta = META[base];
  if (!meta) {
    throw new Error(`make-example-pdfs: no metadata for scripts/example-pdf-src/${name}; add it to META`);
  }
  const outputPath = join(OUTPUT_DIR, `${base}.pdf`);
  await renderPdf(join(SOURCE_DIR, name), outputPath, meta);
  console.log(`wrote examples/pdf/${base}.pdf`);
}
