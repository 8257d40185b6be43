/**
 * English words of actions: verbs from participles and nouns, the action an object implies when the text
 * names none ("plans for another Lu Ban Workshop": open), and what makes a subject an actor.
 */

/** Irregular past participles and -ing forms whose base is not the stem. */
import { en } from '../../quantities/lang/en.js';
export const EN_IRREGULAR: Readonly<Record<string, string>> = {
  built: 'build',
  building: 'build',
  held: 'hold',
  begun: 'begin',
  began: 'begin',
  made: 'make',
  set: 'set',
  sent: 'send',
  brought: 'bring',
  undertaken: 'undertake',
  laid: 'lay',
  run: 'run',
  taken: 'take',
  given: 'give',
  grown: 'grow',
  drawn: 'draw',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  led: 'lead',
  spent: 'spend',
  put: 'put',
  kept: 'keep',
  opened: 'open',
  opening: 'open',
};

/** Verbs whose base ends in e, so that "increasing" and "increased" give "increase". */
export const EN_VERBS_WITH_E: ReadonlySet<string> = new Set(
  (
    'increase raise create complete double triple produce provide introduce enhance reduce continue ensure ' +
    'promote organize organise modernize modernise localize localise finance issue purchase achieve improve move ' +
    'use liberalize liberalise stimulate accelerate facilitate encourage upgrade explore prepare resume restore ' +
    'renovate relocate operate generate allocate participate cooperate coordinate integrate exchange engage secure ' +
    'shape scale serve save share source take make invite release revive recognize recognise harmonize harmonise ' +
    'digitize digitise optimize optimise streamline utilize utilise synchronize synchronise commence combine ' +
    'charge manage arrange guarantee locate involve merge'
  ).split(' '),
);

/** Nouns of actions: "the opening of" -> open, "construction" -> build. */
export const EN_NOMINALIZATIONS: Readonly<Record<string, string>> = {
  opening: 'open',
  construction: 'build',
  building: 'build',
  creation: 'create',
  establishment: 'establish',
  launch: 'launch',
  launching: 'launch',
  expansion: 'expand',
  extension: 'extend',
  modernization: 'modernize',
  modernisation: 'modernize',
  development: 'develop',
  implementation: 'implement',
  signing: 'sign',
  increase: 'increase',
  doubling: 'double',
  commissioning: 'commission',
  reconstruction: 'reconstruct',
  upgrade: 'upgrade',
  upgrading: 'upgrade',
  introduction: 'introduce',
  production: 'produce',
  holding: 'hold',
  deployment: 'deploy',
  electrification: 'electrify',
  renovation: 'renovate',
  restoration: 'restore',
  completion: 'complete',
  resumption: 'resume',
  localization: 'localize',
  localisation: 'localize',
  financing: 'finance',
  allocation: 'allocate',
  provision: 'provide',
  training: 'train',
};

/** Head nouns of an object to the action they imply: a workshop is opened, a railway built, events held. */
export const EN_OBJECT_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries([
  ...(
    'workshop workshops centre centres center centers branch branches office offices consulate consulates school ' +
    'schools university universities campus museum institute laboratory lab embassy hub house library clinic ' +
    'hospital representation representative'
  )
    .split(' ')
    .map((noun) => [noun, 'open']),
  ...(
    'railway railways road roads highway highways pipeline pipelines bridge bridges line lines port ports terminal ' +
    'terminals plant plants factory factories station stations airport airports dam tunnel track tracks refinery ' +
    'complex facility facilities warehouse warehouses park parks crossing crossings checkpoint checkpoints'
  )
    .split(' ')
    .map((noun) => [noun, 'build']),
  ...(
    'event events festival festivals forum forums exhibition exhibitions fair fairs days week weeks year conference ' +
    'conferences concert concerts games tournament summit meeting meetings talks consultations'
  )
    .split(' ')
    .map((noun) => [noun, 'hold']),
  ...'agreement agreements memorandum contract contracts treaty deal deals'
    .split(' ')
    .map((noun) => [noun, 'sign']),
  ...'project projects programme programmes program programs'.split(' ').map((noun) => [noun, 'implement']),
]);

/** Verbs of general goals: "enhance cooperation" is an aim, not a trackable promise. */
export const EN_ASPIRATION_VERBS: ReadonlySet<string> = new Set(
  'enhance strengthen deepen develop promote expand boost intensify broaden continue maintain support foster improve advance elevate consolidate further'.split(
    ' ',
  ),
);

/** Objects of general goals. */
export const EN_ASPIRATION_OBJECTS: ReadonlySet<string> = new Set(
  'cooperation ties relations relationship partnership dialogue friendship contacts exchanges interaction collaboration trust understanding'.split(
    ' ',
  ),
);

/** Words that make the subject of "will" an actor. */
export const EN_ACTOR_WORDS: ReadonlySet<string> = new Set(
  (
    'we they sides side parties party countries country governments government leaders leader both states ' +
    'ministry ministries company companies investors partners president presidents minister ministers heads ' +
    'officials authorities delegation delegations he she bank banks fund funds corporation firms firm operator ' +
    'operators each'
  ).split(' '),
);

/** Prepositions after which a country is not a subject. */
export const EN_NON_SUBJECT: ReadonlySet<string> = new Set([
  'from',
  'to',
  'into',
  'in',
  'with',
  'between',
  'against',
  'toward',
  'towards',
  'via',
  'through',
  'across',
  'than',
  'for',
  'at',
  'on',
  'by',
]);

/** Words after which a new clause (and subject) begins. */
export const EN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  ';',
  ':',
  'while',
  'whereas',
  'where',
  'but',
]);

/** Quantity words before an agreement noun that give no number. */
export const EN_COUNT_WORDS: ReadonlySet<string> = new Set([
  'several',
  'numerous',
  'multiple',
  'various',
  'many',
  'some',
  'dozens',
  'hundreds',
  'a number of',
  'a series of',
  'a package of',
  'a raft of',
]);

/** Number words: the quantity stage's English cardinals (one ... ninety), and "hundred", "dozen", "a", "an". */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...en.cardinals,
  hundred: 100,
  dozen: 12,
  a: 1,
  an: 1,
};
