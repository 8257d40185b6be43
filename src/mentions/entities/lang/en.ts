/**
 * English words of the entity patterns: titles before names, suffixes of organisation and initiative names,
 * words that announce places, and the capitalized words that are not names. All lower case.
 */

/** Titles written before a person's name, longest first within a first word ("prime minister" before "minister"). */
export const TITLES: readonly string[] = [
  'president',
  'vice president',
  'vice-president',
  'prime minister',
  'deputy prime minister',
  'first deputy prime minister',
  'premier',
  'vice premier',
  'vice-premier',
  'chancellor',
  'minister',
  'deputy minister',
  'foreign minister',
  'trade minister',
  'energy minister',
  'economy minister',
  'finance minister',
  'defence minister',
  'defense minister',
  'agriculture minister',
  'transport minister',
  'education minister',
  'industry minister',
  'ambassador',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'speaker',
  'secretary-general',
  'secretary general',
  'secretary of state',
  'foreign secretary',
  'governor',
  'mayor',
  'akim',
  'king',
  'queen',
  'emir',
  'crown prince',
  'sheikh',
  'sultan',
  'ceo',
  'chief executive',
  'director',
  'director general',
  'director-general',
  'commissioner',
  'envoy',
  'special envoy',
  'special representative',
  'senator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'general secretary',
  'supreme leader',
  'high representative',
  'head',
  'mr',
  'mrs',
  'ms',
  'dr',
];

/** Titles that carry no office: dropped from a role ("Mr Smith" has no role). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sheikh']);

/** Last words of organisation names: "Kazakh-Chinese Business Council", "Halyk Bank". */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'university',
  'council',
  'bank',
  'fund',
  'ministry',
  'committee',
  'corporation',
  'corp',
  'company',
  'agency',
  'organisation',
  'organization',
  'forum',
  'chamber',
  'institute',
  'association',
  'commission',
  'academy',
  'authority',
  'federation',
  'union',
  'secretariat',
  'parliament',
  'senate',
  'assembly',
  'mazhilis',
  'embassy',
  'consulate',
  'group',
  'holding',
  'exchange',
  'railways',
  'airlines',
  'service',
  'centre',
  'center',
  'office',
  'department',
  'college',
  'school',
  'inc',
  'ltd',
  'llc',
  'jsc',
  'plc',
]);

/** First words of organisation names followed by "of": "Ministry of Foreign Affairs", "University of Tokyo". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'university',
  'bank',
  'council',
  'committee',
  'agency',
  'academy',
  'institute',
  'chamber',
  'embassy',
  'consulate',
  'federation',
  'association',
  'union',
  'department',
  'fund',
  'commission',
  'office',
  'bureau',
  'organisation',
  'organization',
  'conference',
  'court',
  'house',
]);

/** Last words of initiative names: "Global Development Initiative", "Middle Corridor", "Lu Ban Workshop". */
export const INITIATIVE_SUFFIXES: ReadonlySet<string> = new Set([
  'initiative',
  'route',
  'corridor',
  'workshop',
  'workshops',
  'pipeline',
  'railway',
  'highway',
  'programme',
  'program',
  'strategy',
  'concept',
]);

/** Lower-case nouns after a quoted name that make it an initiative: the “One Belt, One Road” initiative. */
export const INITIATIVE_NOUNS: ReadonlySet<string> = new Set([
  'initiative',
  'project',
  'programme',
  'program',
  'strategy',
  'concept',
  'plan',
  'route',
  'corridor',
]);

/** Lower-case words between a name and "pipeline": "Kazakhstan–China oil pipeline". */
export const PIPELINE_WORDS: ReadonlySet<string> = new Set([
  'oil',
  'gas',
  'crude',
  'natural',
  'water',
  'main',
  'export',
]);

/** Plural nouns that introduce a list of places: "dry ports like Lianyungang, Xi’an, and Khorgos". */
export const PLACE_LIST_NOUNS: ReadonlySet<string> = new Set([
  'ports',
  'seaports',
  'cities',
  'towns',
  'hubs',
  'crossings',
  'checkpoints',
  'regions',
  'provinces',
  'capitals',
  'terminals',
  'stations',
  'centres',
  'centers',
]);

/** Words after a plural place noun that open the list. */
export const LIST_OPENERS: ReadonlySet<string> = new Set(['like', 'such', 'including', 'in', 'at', 'of']);

/** Nouns of "the port of X", "the city of X", and of "X port", "X border crossing". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'port',
  'seaport',
  'city',
  'town',
  'village',
  'region',
  'province',
  'crossing',
  'checkpoint',
  'station',
  'terminal',
  'hub',
  'oblast',
]);

/** Lower-case words allowed inside a capitalized name: "Bank of China", "Beijing Language and Culture University". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  '&',
  'de',
  'du',
  'la',
]);

/** Capitalized words at the start of a sentence (or in a headline) that do not begin a name. */
export const NOT_NAME_STARTS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its he she they we our their his her i you in on at by for from to ' +
    'with without during after before since until while when where why how what which who whom whose as also and but ' +
    'or nor yet so however meanwhile moreover furthermore besides thus therefore still then now today yesterday ' +
    'tomorrow earlier later last next first second third finally overall both each every all some many most several ' +
    'other another such according despite although though if unless because over under about around among between ' +
    'within speaking addressing following including noting asked said says according one two three four five six ' +
    'seven eight nine ten new major key further more less just only even not no yes mr mrs ms dr dear ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday back top button read share update breaking exclusive analysis ' +
    'opinion photo video'
  ).split(' '),
);

/** Common English words that some place or person names share; never a name at the start of a sentence. */
export function isNotNameStart(lower: string): boolean {
  return NOT_NAME_STARTS.has(lower);
}
