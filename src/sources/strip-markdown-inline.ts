/** Inline Markdown markup removed from one line, the words kept. */

// Images, inline or by reference. Matches `![Map of the route](map.png)` and `![logo][1]`; not `[route](r.html)`.
const IMAGE = /!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g;

// Inline links, with an optional title. Matches `[the statement](https://mfa.kz/s "Joint")`; not `[1]: https://x`.
const LINK = /\[([^\]]*)\]\([^)\s]*(?:\s+["'(][^)]*)?\)/g;

// Reference links, full or collapsed. Matches `[the statement][js]` and `[Astana][]`; not `[Astana]`.
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;

// Footnote references. Matches `[^1]` and `[^note]`; not `[1]`.
const FOOTNOTE = /\[\^[^\]]+\]/g;

// Autolinks. Matches `<https://mfa.kz>`; not `<b>`.
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;

// Code spans. Matches `` `npm test` `` and ``` ``a`b`` ```; not a lone backtick.
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

// Strong emphasis and strikethrough. Matches `**$41 billion**`, `__key__`, `~~old~~`; not `2 ** 3` or `snake__case`.
const STRONG = /(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g;

// Emphasis with asterisks. Matches `*record*`; not `2 * 3 * 4` or `**`.
const EMPHASIS_STAR = /(^|[^\w*\\])\*(?=[^\s*])([^*]*?[^\s*\\])\*(?![\w*])/g;

// Emphasis with underscores, never inside words. Matches `_record_`; not `snake_case_name`.
const EMPHASIS_UNDERSCORE = /(^|[^\w\\])_(?=[^\s_])([^_]*?[^\s_\\])_(?!\w)/g;

// Line breaks written as HTML. Matches `<br>` and `<BR />`; not `<b>`.
const BREAK_TAG = /<br\s*\/?>/gi;

// Inline HTML tags. Matches `<br>`, `<sup>`, `</span>`; not `a < b` or `<https://x>`.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

// Backslash escapes. Matches `\*` and `\_`; not `\d`.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

/** One line without inline markup: `stripMarkdownInline('**45 projects** worth [$14.5 billion](u)')` is "45 projects worth $14.5 billion". */
export function stripMarkdownInline(line: string): string {
  return line
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(FOOTNOTE, '')
    .replace(AUTOLINK, '$1')
    .replace(CODE_SPAN, '$2')
    .replace(STRONG, '$2')
    .replace(STRONG, '$2')
    .replace(EMPHASIS_STAR, '$1$2')
    .replace(EMPHASIS_UNDERSCORE, '$1$2')
    .replace(BREAK_TAG, ' ')
    .replace(HTML_TAG, '')
    .replace(ESCAPE, '$1')
    .trim();
}
