/** The five predefined XML entities; any other named reference (a DOCTYPE's, say) is left as written. */
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// A predefined or numeric character reference. Matches `&amp;`, `&#233;`, `&#x4E2D;`; not `&lol9;` or `& x`.
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;

/**
 * Decodes XML's own references without expanding declared entities (the parser runs with entities off):
 * `decodeXmlEntities('Trade &amp; investment &#8212; &lol9;')` is "Trade & investment — &lol9;".
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, name?: string, decimal?: string, hex?: string) => {
    if (name) return PREDEFINED[name.toLowerCase()] ?? whole;
    const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}
