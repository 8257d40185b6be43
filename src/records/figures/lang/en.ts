/**
 * English words the figure stage reads around a quantity. Data only: the refiners and measure parsers are shared.
 * All keys are lower case; apostrophes are straight (') because tokens are normalised before lookup.
 */

/** A set from words separated by spaces and line breaks: words(`the a an`). */
function words(list: string): ReadonlySet<string> {
  // Matches the "\n  " and " " between words; must not match "a" or "'s".
  return new Set(list.trim().split(/\s+/));
}

/** A set from phrases separated by commas: phrases(`stood at, put at`). */
function phrases(list: string): ReadonlySet<string> {
  return new Set(list.split(',').map((phrase) => phrase.trim()));
}

/** Articles, demonstratives and possessive pronouns: "the", "its". A measure never starts with one. */
export const DETERMINERS = words(`
  the a an this that these those its their his her our my your some any each every such
`);

/** Adjectives that judge rather than name: "the significant Chinese investments" -> "chinese investments". */
export const EVALUATIVE = words(`
  significant substantial considerable large huge massive impressive record record-high record-breaking
  unprecedented remarkable notable sizeable sizable strong robust steady rapid solid healthy modest
  important so-called hefty vast enormous tremendous growing ever-growing increasing
`);

/** Adverbs and focus words a measure never starts with: "also", "now", "only". */
export const LEADING_ADVERBS = words(`
  also now only just already even still both currently
`);

/** Vague amounts a measure never starts with: "dozens of agreements" -> "agreements" ("dozens" is no figure). */
export const VAGUE_AMOUNTS = words(`
  dozens hundreds thousands millions billions tens scores several many numerous multiple various
`);

/** Prepositions that may sit inside a measure: "trade between Kazakhstan and China", "students in Chinese universities". */
export const NP_PREPOSITIONS = words(`
  of in from to between for on into across at within through via along among
`);

/** Prepositions that open a post-modifier after a counted noun: "enterprises with Chinese capital". */
export const POST_PREPOSITIONS = words(`
  in with from to between at of for under across into within on
`);

/** Words that end a measure read leftwards: verbs, pronouns, conjunctions, clause openers. */
export const STOP_LEFT = words(`
  he she they we i you it which who whom whose there here what and but or while whereas as because since
  although though if when where than with without according during after before by including involving so
  compared versus against
  also yet whilst then thus meanwhile however moreover furthermore overall is are was were be been being
  am has have had will would could can may might should shall must do does did not said says say noted
  highlighted highlights stated added adds announced announces reported stressed stresses emphasized
  emphasised emphasizes mentioned mentions showed revealed reveals told explained pointed recalled
  underlined underscored observed confirmed welcomed praised believes believed expects expected estimated
  indicated indicates show according signed agreed discussed cited hailed described called quoted listed
  plans planned aims aimed seeks sought intends hopes wants wanted reach reached reaching exceeded exceeds
  hit topped totalled totaled stood amounted amounting accounted made makes make attracted attract
  received invested exported imported provided allocated lent hosted welcomed opened launched built
  implemented operate operates study live visited
`);

/** Words that end a measure read rightwards: verbs, relatives, conjunctions. */
export const STOP_RIGHT = words(`
  annually yearly monthly daily
  is are was were be been being am has have had will would could can may might should shall must do does
  did not which that who whom whose where when while whereas but or as because since than if so according
  over during until after before last next said says noted compared up down respectively including
  involving such plus reached reach reaching exceeded amounted amounting totalled totaled totalling
  totaling rose grew fell increased decreased doubled worth valued operate operates study studies work
  works live lives per each a an another it they he she we there also already now currently
`);

/** Verbs (with their particle) that link a measure to the quantity after them: "trade reached $41 billion". */
/** Verbs of rise and fall in every form; each links its subject to the level after "to" or the change after "by". */
const MOVE_VERBS = [
  ...words(`
  widened widens widening narrowed narrows narrowing reduced halved doubled tripled
  rose rise rises risen rising grew grow grows grown growing increased increase increases increasing
  climbed climb climbs climbing jumped jump jumps jumping surged surge surges surging soared soars soaring
  expanded expands expanding edged edges fell fall falls fallen falling dropped drop drops dropping
  declined decline declines declining decreased decrease decreases decreasing slipped slips slipping slid
  slides sliding eased eases easing dipped dips plunged plunges shrank shrinks shrinking contracted
  recovered recovers rebounded rebounds came come comes amounted amount amounts amounting up down
`),
];

export const LINK_VERBS: ReadonlySet<string> = new Set([
  ...phrases(`
  reached, reach, reaches, reaching, exceeded, exceed, exceeds, exceeding, totalled, totaled, total,
  totals, totalling, totaling, hit, hits, hitting, topped, top, tops, topping, surpassed, surpass,
  surpasses, surpassing, passed, pass, passes, passing, crossed, crosses, approached, approach,
  approaches, approaching, neared, nears, near, numbered, numbering, number, is, are, was, were, be, been,
  remains, remained, remain, stood at, stand at, stands at, standing at, estimated at, valued at, put at,
  accounted for, account for, accounts for, accounting for, made up, make up, makes up, equalled, equaled,
  equals, came in at, is estimated at, worth, showed, posted, recorded, registered, saw
`),
  ...MOVE_VERBS.flatMap((verb) => [`${verb} to`, `${verb} by`]),
]);

/** Participles that may follow a comma after their subject: "Chinese investments, amounting to $25 billion". */
export const COMMA_PARTICIPLES = words(`
  amounting reaching totalling totaling exceeding standing worth valued
`);

/** Words allowed between a measure and its link verb: "trade is expected to reach", "exports have already hit". */
export const VERB_FRAME = words(`
  has have had will would could can may might should shall must is are was were be been expected projected
  forecast set planned likely to aims aim aimed plans plan seeks seek hopes hope intends already now
  currently also further reportedly even just still finally eventually ultimately soon together jointly
  then only sharply significantly steadily slightly almost nearly reportedly reached and not yet
  collectively combined annually
`);

/** Words skipped between a link verb and its quantity: "reached a record $41 billion", "worth a total of". */
export const QUANTITY_FILLER = words(`
  a an the total of record high all-time new level sum combined overall roughly mark estimated historic
  staggering whopping
`);

/** Words before a quantity that mean "X worth Q" (the quantity is the value of X). */
export const WORTH_CUES = words(`
  worth valued costing value
`);

/** Nouns that name a value before "of Q": "a combined price tag of $27 billion", "a total cost of $2 billion". */
export const VALUE_NOUNS = words(`
  value cost tag price valuation
`);

/** Superlatives after "the N" that make the count a reference: "the two largest cities", "the three main routes". */
export const REFERENCE_ADJECTIVES = words(`
  largest biggest main top leading major key oldest first last
`);

/**
 * Verbs whose noun is the measure when their subject is a country: "China invested $25 billion" -> investment.
 * `flow` says which way the money goes from the subject ('none': both ways); `link` joins the noun to an object
 * named before "worth" ("traded goods worth $4.4 billion" -> "trade in goods"; default "of").
 */
export const NOMINAL_VERBS: Readonly<
  Record<string, { measure: string; flow: 'out' | 'in' | 'none'; link?: string }>
> = {
  traded: { measure: 'trade', flow: 'none', link: 'in' },
  invested: { measure: 'investment', flow: 'out' },
  invest: { measure: 'investment', flow: 'out' },
  invests: { measure: 'investment', flow: 'out' },
  exported: { measure: 'exports', flow: 'out' },
  export: { measure: 'exports', flow: 'out' },
  exports: { measure: 'exports', flow: 'out' },
  imported: { measure: 'imports', flow: 'in' },
  import: { measure: 'imports', flow: 'in' },
  imports: { measure: 'imports', flow: 'in' },
  lent: { measure: 'loans', flow: 'out' },
  lend: { measure: 'loans', flow: 'out' },
  loaned: { measure: 'loans', flow: 'out' },
  donated: { measure: 'aid', flow: 'out' },
  granted: { measure: 'aid', flow: 'out' },
  supplied: { measure: 'supplies', flow: 'out' },
  provided: { measure: 'funding', flow: 'out' },
  extended: { measure: 'funding', flow: 'out' },
  allocated: { measure: 'funding', flow: 'out' },
  disbursed: { measure: 'funding', flow: 'out' },
  pledged: { measure: 'funding', flow: 'out' },
  shipped: { measure: 'exports', flow: 'out' },
};

/** Phrases and words that refer back to the last figure: "this figure", "it". */
export const BACK_REFERENCES = phrases(`
  it, this figure, that figure, the figure, this amount, that amount, this number, this volume, this
  level, this indicator, the amount, the total, this, that, them
`);

/** Words in a clause before a quantity that make it a target: "plans to", "is expected to", "will". */
export const TARGET_CUES = words(`
  plan plans planned planning aim aims aiming goal goals target targets targeted targeting seek seeks
  seeking intend intends intention will 'll shall would expected expect expects projected forecast
  forecasts envisaged envisages envisage hope hopes want wants strive strives pledge pledged pledges
  promise promised promises should could may might potential objective ambition ambitious task committed
  determined
`);

/** Target cues that need the next word: "set to", "is to", "agreed to"; "aimed at" is no target. */
export const TARGET_PAIRS = phrases(`
  set to, is to, are to, agreed to, to be, going to, on track
`);

/** Modals right after a quantity that is its clause's subject: "another eleven enterprises will open". */
export const TARGET_MODALS = words(`
  will 'll shall would should could may might
`);

/** Participles after "is"/"are" right after a subject quantity: "a further 15 projects are planned", "are to be". */
export const TARGET_PREDICATES = words(`
  expected projected planned scheduled set due slated forecast envisaged to
`);

/** Words of a rate or adverb that may stand between a subject quantity and its verb: "20 flights a week will". */
export const SUBJECT_TAIL_WORDS = words(`
  a an per week month year day annually yearly each also now soon still already currently reportedly
`);

/** Verbs of increase in the base form that follow "to": "to boost trade to $50 billion" is a target. */
export const BASE_FORM_CUES = words(`
  bring boost raise increase
`);

/** Words next to a percent that make it a share: "a 15% share of", "accounted for 30% of". */
export const SHARE_WORDS = words(`
  share accounted account accounts accounting makes made make
`);

/** Change nouns of a fall: "a 5% decline", "3% lower" (the change is negative). */
export const FALL_NOUNS = words(`
  decline drop fall decrease lower less
`);

/** Words right after a percent that make it a change: "a 20% increase", "30% growth", "5% year-on-year". */
export const CHANGE_NOUNS = words(`
  increase growth rise decline drop jump fall decrease gain surge year-on-year yoy y-o-y higher lower more
  less
`);

/** Finite verbs that place a clause in the present: "are being implemented", "there are", "stands at". */
export const PRESENT_MARKERS = words(`
  is are am has have 's remains remain stands exceeds totals amounts reaches counts operate operates study
  studies work works live lives exist exists currently now today presently employ employs number host
  hosts account accounts includes include comprises holds hold involves continue continues makes make
  carries carry provides receives produces handles covers represents constitutes cross crosses run runs
  travel travels arrive arrives pass passes
`);

/** Finite verbs that place a clause in the past. */
export const PAST_MARKERS = words(`
  was were had did reached amounted stood exceeded totalled totaled rose grew fell increased decreased
  declined doubled tripled jumped climbed dropped surged hit topped came numbered accounted made invested
  exported imported attracted received lent signed visited hosted opened launched built provided allocated
  soared expanded halved equalled equaled surpassed crossed passed shipped supplied transported handled
  carried
`);

/** Framing verbs ignored when reading a clause's tense: "He noted that ... are being implemented". */
export const REPORTING_VERBS = words(`
  said says noted notes highlighted highlights stated states added adds announced reported stressed
  emphasized emphasised mentioned told explained recalled underlined underscored observed confirmed
  pointed welcomed praised indicated showed revealed according
`);

/** Nouns that stand for a flow from one country to another: "Chinese investments in Kazakhstan". */
export const FLOW_NOUNS = words(`
  investment investments investors investor loans loan lending exports export exported students student
  tourists tourist visitors migrants workers aid assistance grants credit credits financing funding
  capital shipments supplies deliveries fdi imports import imported travellers travelers trips arrivals
  flights
`);

/** Nouns of an inward flow: "imports from China" (into the other party). */
export const INWARD_NOUNS = words(`
  imports import imported purchases arrivals
`);

/** Nouns a "Q in X" phrase may name beyond the taxonomy: "$2 billion in goods", "$1 billion in revenue". */
export const IN_PHRASE_NOUNS = words(`
  goods revenue revenues sales deals funding financing credit credits grants aid contracts orders spending
  fees payments profits assets debt bonds products services commodities supplies purchases transfers
  remittances savings costs
`);

/** Adjectives of "the same period" that name an earlier stretch of time by its likeness: "the corresponding period". */
export const SAME_WORDS = words(`
  same corresponding comparable like
`);

/** Nouns after SAME_WORDS that name a stretch of time: "the same period", "the same months of 2023". */
export const PERIOD_NOUNS = words(`
  period periods months month quarter half year time
`);

/** Words before "the same period" that make it what a figure is compared with: "up 10% from the same period in 2023". */
export const SAME_PERIOD_BASES = words(`
  from than against compared with versus vs on
`);

/** Words that start a new clause after a comma: ", while", ", with", ", and". */
export const CLAUSE_OPENERS = words(`
  and but while whereas with which although though where when whilst yet as compared against versus
  including of who
`);

/** Words that start a new clause even without a comma: "trade grew while investment fell". */
export const BARE_CLAUSE_OPENERS = words(`
  while whereas whilst but although
`);

/** Words that start a new clause without a comma when a base follows: "$9 billion compared with $8 billion in 2023". */
export const COMPARISON_OPENERS = words(`
  compared versus vs against
`);

/** Participles that end a measure's predicate without "-ed": "are being built", "were signed". */
export const IRREGULAR_PARTICIPLES = words(`
  built made set run held taken given done begun won
`);

/** Auxiliaries before a passive predicate: "45 projects are currently being implemented". */
export const PASSIVE_AUXILIARIES = words(`
  is are was were been being have has had
`);

/** Adverbs inside a passive predicate: "are currently being implemented". */
export const PREDICATE_ADVERBS = words(`
  currently now already also still jointly successfully actively being
`);

/** Verbs that take an object and a new level: "to bring bilateral trade to $50 billion". */
export const RAISE_VERBS = words(`
  increase increased increasing raise raised raises raising boost boosted boosts boosting bring brought
  brings bringing expand expanded expanding lift lifted lifts take taking takes push pushed pushes grow
  reduce reduced reduces cut cuts lower lowered trim trims trimmed drive drives drove widen widens widened
`);

/** First words of a quantity mention that carry its verb: "doubled to $1 billion", "rose 30% to", "up 20%". */
export const CHANGE_WORDS = words(`
  rose risen rise rises rising increased increase increases increasing grew grown grow grows growing
  climbed jumped surged soared expanded gained up fell fallen fall falls falling declined decline
  decreased decrease dropped drop slipped shrank contracted plunged slumped dipped down reduced cut
  doubled double doubling tripled triple trebled quadrupled halved by
`);

/** Words that are part of a number: "4.5 million tourists" -> the counted phrase starts after "million". */
export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion dozen dozens mln bn k a half and
`);

/** Nouns that name an amount of something else: "value of projects" is about projects, "number of tourists" too. */
export const LIGHT_NOUNS = words(`
  value volume amount number total sum level size worth figure quantity scale
`);

/** Verbs that put a value on their object: "customs put two-way trade at $31.2 billion". */
export const PUT_VERBS = words(`
  put puts estimated estimates valued pegged pegs placed places assessed assesses calculated
`);

/** Counted nouns that name the parties, not a figure: "the two countries", "both sides", "the three leaders". */
export const PARTY_NOUNS = words(`
  countries country sides side nations nation states leaders presidents parties governments heads
  neighbours neighbors partners republics capitals delegations delegation
`);

/** Nouns that frame a figure as a plan without naming what it measures: "a target of $40 billion in trade". */
export const TARGET_NOUNS = words(`
  target goal aim objective plan ambition mark threshold milestone
`);

/** Table headings that name no measure of their own ("Indicator", "Value", "Year"): their cells take another's. */
export const GENERIC_HEADINGS = words(`
  indicator indicators item items value values amount amounts total totals year years period periods date
  change changes growth share shares source sources country countries partner partners name figure figures
  data level volume unit units
`);

/** Table heading words that make a column's or row's cells changes: "Change", "Growth, %", "yoy". */
export const CHANGE_HEADINGS = words(`
  change changes growth increase decrease rise decline yoy y-o-y year-on-year
`);

/** Table heading words that make cells shares: "Share, %". */
export const SHARE_HEADINGS = words(`
  share shares
`);

/** Table heading words that make cells targets: "Target", "Plan", "Forecast". */
export const TARGET_HEADINGS = words(`
  target targets plan plans planned goal goals forecast forecasts projection projections projected
`);
