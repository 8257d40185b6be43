/** Words of office names after "Minister of", "Ministry of": "Minister of Foreign Affairs Murat Nurtleu". */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    'foreign affairs trade integration energy economy economic finance industry infrastructure development ' +
    'agriculture transport transportation communications education science higher culture sport sports ' +
    'information digital national defence defense health healthcare justice internal interior labour labor social ' +
    'protection population ecology natural resources emergency situations commerce investment investments ' +
    'planning budget state affairs security tourism environment water innovation innovations technology ' +
    'technologies aerospace and of the'
  ).split(' '),
);
