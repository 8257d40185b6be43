import { AccordError, errorMessage } from '../errors.js';
import { layoutPdfText, type PdfTextItem } from './layout-pdf-text.js';
import { toIsoDate } from './to-iso-date.js';
import { toLangCode } from './to-lang-code.js';

/** A PDF's text (one paragraph per line) and what its info dictionary says. */
// An issuing body rather than a person. Matches "Ministry of Trade and Integration of Kazakhstan (press service)";
// must not match "Aigerim Sadykova".
const INSTITUTION =
  /\b(?:ministry|bureau|government|administration|agency|office|embassy|council|committee|organi[sz]ation|bank|service|department|commission|secretariat|presidency|parliament)\b/i;

export interface PdfText {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  lang: string | null;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js, loaded the first time a PDF is met so that text-only runs start fast. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * Text and metadata of a PDF through pdf.js (no eval, no fonts, errors only); encrypted or corrupted files are
 * BAD_PDF, a file without a text layer NO_TEXT: `(await extractPdf(bytes)).published` is "2024-07-03".
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    // A plain view: pdf.js asks not to be handed a Buffer.
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const pages: PdfTextItem[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [toTextItem(item)] : [])));
      page.cleanup();
    }
    const text = layoutPdfText(pages);
    if (text === '') {
      throw new AccordError('NO_TEXT', 'PDF has no text layer (a scanned image?); run OCR on it first');
    }
    const author = infoText(info.Author);
    return {
      text,
      title: infoText(info.Title),
      author,
      // Communiqués and press releases name the issuing body as the PDF's author: that body is the outlet.
      outlet: author && INSTITUTION.test(author) ? author : null,
      published: toIsoDate(infoText(info.CreationDate)),
      lang: toLangCode(infoText(info.Language)),
    };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await task.destroy();
  }
}

function toTextItem(item: {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}): PdfTextItem {
  return {
    str: item.str,
    x: item.transform[4] ?? 0,
    y: item.transform[5] ?? 0,
    width: item.width,
    height: item.height,
    hasEOL: item.hasEOL,
  };
}

function infoText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function pdfError(error: unknown): AccordError {
  if (error instanceof AccordError) return error;
  const name = (error as Error | null)?.name;
  if (name === 'PasswordException') {
    return new AccordError('BAD_PDF', 'encrypted PDF: it needs a password', { cause: error });
  }
  if (name === 'InvalidPDFException') {
    return new AccordError('BAD_PDF', `not a valid PDF (corrupted?): ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return new AccordError('BAD_PDF', `cannot read PDF: ${errorMessage(error)}`, { cause: error });
}
