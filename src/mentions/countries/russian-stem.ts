/**
 * Russian inflection for country names and adjectives: a dictionary form gives a stem ("Китай" ->
 * "кита"), and a word matches when it is the stem plus one case ending ("Китаю", "Китаем").
 */

/** Case endings of nouns and adjectives, longest first. */
const ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ией',
  'иям',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ию',
  'ии',
  'ия',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'й',
  'ь',
];

const ENDING_SET = new Set(ENDINGS);

/** Shortest stem kept: "Того" keeps "тог", "США" stays whole. */
const MIN_STEM = 3;

/** Lower case with ё as е: `russianLower('Ещё')` is "еще". */
export function russianLower(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** Stem of a lower-case dictionary form: `russianStem('китай')` is "кита", `russianStem('сша')` is "сша". */
export function russianStem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, word.length - ending.length);
  }
  return word;
}

/** True when a lower-case word is `stem` plus at most one case ending: `matchesStem('китаем', 'кита')` is true. */
export function matchesStem(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  return word.length === stem.length || ENDING_SET.has(word.slice(stem.length));
}
