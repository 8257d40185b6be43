import { CDATA_SECTION_NODE, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './_dom.js';
import { WHITESPACE } from './_patterns.js';

/** Elements whose text is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'SVG',
  'NAV',
  'FOOTER',
  'FORM',
  'BUTTON',
  'TEMPLATE',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'DIALOG',
]);

/** Elements that start and end a line of text. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
]);

// A line that is only page furniture. Matches `Back to top`, `Share on Facebook`, `Advertisement`;
// not `Back to the negotiating table, the ministers agreed`.
const FURNITURE_LINE =
  /^(?:back to top|to top|top of page|share(?: this(?: article| story| page)?)?(?: on [\w.]+| via [\w.]+)?|print(?: this page)?|advertisement|skip to (?:main )?content|read more|tweet)[\s↑^]*$/i;

export interface HtmlToTextOptions {
  /** Drop lines made only of link text (menus, tag lists): used when no extractor chose the content. */
  dropLinkLines?: boolean;
}

/**
 * Text of an element with one block (paragraph, heading, list item, quote, table row) per line:
 * `htmlToText(body)` of `<p>Trade rose.</p><ul><li>Grain</li></ul>` is "Trade rose.\nGrain".
 */
export function htmlToText(root: DomNode, { dropLinkLines = false }: HtmlToTextOptions = {}): string {
  const lines = new LineCollector(dropLinkLines);
  walk(root, lines, false);
  lines.flush();
  return lines.lines.join('\n');
}

class LineCollector {
  readonly lines: string[] = [];
  private current = '';
  private linkChars = 0;

  constructor(private readonly dropLinkLines: boolean) {}

  add(text: string, inLink: boolean): void {
    this.current += text;
    if (inLink && this.dropLinkLines) this.linkChars += text.replace(WHITESPACE, '').length;
  }

  flush(): void {
    if (this.current === '') return;
    const line = this.current.replace(WHITESPACE, ' ').trim();
    const linkChars = this.linkChars;
    this.current = '';
    this.linkChars = 0;
    if (line === '' || FURNITURE_LINE.test(line)) return;
    if (this.dropLinkLines && linkChars >= line.replaceAll(' ', '').length) return;
    this.lines.push(line);
  }

  push(line: string): void {
    this.flush();
    if (line !== '') this.lines.push(line);
  }
}

function walk(node: DomNode, lines: LineCollector, inLink: boolean): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE)
        lines.add(child.nodeValue ?? '', inLink);
      continue;
    }
    const element = child as DomElement;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) continue;
    if (tag === 'BR') lines.flush();
    else if (tag === 'TR') lines.push(rowText(element));
    else if (tag === 'PRE') {
      lines.flush();
      for (const line of (element.textContent ?? '').split('\n')) lines.push(line.trim());
    } else if (BLOCK_TAGS.has(tag)) {
      lines.flush();
      walk(element, lines, inLink);
      lines.flush();
    } else walk(element, lines, inLink || tag === 'A');
  }
}

/** Cells of a table row joined with " | ": `<tr><td>2023</td><td>$41 billion</td></tr>` is "2023 | $41 billion". */
function rowText(row: DomElement): string {
  const cells: string[] = [];
  for (let child = row.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const cell = child as DomElement;
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    const text = htmlToText(cell).replace(WHITESPACE, ' ').trim();
    cells.push(text);
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.some((cell) => cell !== '') ? cells.join(' | ') : '';
}
