/** Spellings a name or adjective takes in running text beyond the form a data source gives. */

// Matches " (Vatican City State)" and "（金）"; must not match "Congo" or "(".
const PARENTHESIS = /\s?[(（]([^()（）]{1,60})[)）]/;

// Matches "Vatican City State", "Malvinas", "Китайская Народная Республика"; must not match "French part" or "Kingdom of the".
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?:\s(?:(?:of|the|and)\s)*\p{Lu}[\p{L}.'’-]*)*$/u;

// Matches "Kingdom of the" and "French part" (parts that are no name); must not match "Vatican City State".
const NOT_A_NAME_END = /\b(?:of|the|part)$/;

// Matches "Saint " at the start; must not match "Saintly ".
const SAINT = /^Saint\s/;

// Matches "English", "Kazakh", "Briton"; must not match "Swiss", "French", "Chinese", "Kyrgyz" or "казахский".
const TAKES_PLURAL_S = /^[\p{Script=Latin}\s'-]*[A-Za-z]$/u;
// Matches "Swiss", "British", "French", "Chinese", "Kyrgyz", "Sioux"; must not match "German".
const NO_PLURAL = /(?:s|sh|ch|x|z|ese)$/i;

/**
 * Forms of a country name, the name as given first: parenthesised and inverted parts, "St." for "Saint":
 * `nameVariants('Korea, Republic of')` is ["Korea, Republic of", "Korea", "Republic of Korea"];
 * `nameVariants('Holy See (Vatican City State)')` is ["Holy See (Vatican City State)", "Holy See", "Vatican City State"].
 */
export function nameVariants(name: string): string[] {
  const text = name.normalize('NFC').trim();
  const variants = new Set<string>([text]);
  const parenthesis = text.includes('(') || text.includes('（') ? PARENTHESIS.exec(text) : null;
  if (parenthesis) {
    variants.add(text.replace(PARENTHESIS, '').trim());
    const inside = (parenthesis[1] ?? '').trim();
    if (NAME_LIKE.test(inside) && !NOT_A_NAME_END.test(inside)) variants.add(inside);
  } else if (text.includes(', ')) {
    const [head, ...rest] = text.split(', ');
    const tail = rest.join(', ');
    if (head) variants.add(head);
    variants.add(`${tail} ${head}`);
  }
  for (const variant of [...variants]) {
    if (variant.startsWith('Saint ') && SAINT.test(variant)) {
      variants.add(variant.replace(SAINT, 'St. '));
      variants.add(variant.replace(SAINT, 'St '));
    }
    if (variant.includes(' and ')) variants.add(variant.replace(' and ', ' & '));
  }
  return [...variants];
}

/** Forms of an adjective: English demonyms also as plural nouns: `adjectiveVariants('Kazakh')` is ["Kazakh", "Kazakhs"]. */
export function adjectiveVariants(adjective: string): string[] {
  const text = adjective.normalize('NFC').trim();
  if (TAKES_PLURAL_S.test(text) && !NO_PLURAL.test(text)) return [text, `${text}s`];
  return [text];
}
