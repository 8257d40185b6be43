/**
 * The commitment, agreement and entity development set: sentences and short reports in the style of cooperation
 * reporting, written for Accord (none copied from a source), with every record an analyst takes from each. Cases
 * are grouped by the pattern they exercise and include negatives: past events, reported speech and forecasts,
 * conditions, denials, general aims, statistics. The tests assert each case in full; bench/entity-quality.ts
 * scores the whole set, known gaps included. Published date of every case: DEV_PUBLISHED.
 */
import { createDocument } from '../../src/documents/create-document.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import { createAgreementExtractor } from '../../src/records/agreements/index.js';
import { createCommitmentExtractor } from '../../src/records/commitments/index.js';
import { createEntityExtractor } from '../../src/records/entities/index.js';
import type {
  Agreement,
  Commitment,
  CommitmentStatus,
  Document,
  Entity,
  EntityType,
  Figure,
} from '../../src/types.js';

/** The reference date of every case. */
export const DEV_PUBLISHED = '2024-07-03';

/** The sentence put before a case marked `pair`, so that the document is about Kazakhstan and China. */
export const PAIR_CONTEXT = 'Kazakhstan and China held talks in Astana.';

/** A commitment as the tests compare it: the figure by its text, the deadline by its label. */
export interface ExpectedCommitment {
  cue: string;
  action: string;
  object: string;
  actors: string[];
  entities: string[];
  sectors: string[];
  deadline: string | null;
  status: CommitmentStatus;
  figure: string | null;
}

/** An agreement as the tests compare it. */
export interface ExpectedAgreement {
  name: string;
  type: string;
  parties: string[];
  count: number | null;
  countWord: string | null;
  date: string | null;
}

/** One case: a sentence (after PAIR_CONTEXT when `pair`), with every commitment and agreement in it. */
export interface RecordCase {
  group: string;
  text: string;
  pair?: boolean;
  commitments: ExpectedCommitment[];
  agreements: ExpectedAgreement[];
  /** Set when the extractor still gets the case wrong: the reason. The test asserts it still differs. */
  knownGap?: string;
}

/** An entity as the tests compare it. */
export interface ExpectedEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  mentions: number;
}

/** A short document with every entity it names, in order of first mention. */
export interface EntityDoc {
  id: string;
  text: string;
  entities: ExpectedEntity[];
}

function commit(
  cue: string,
  action: string,
  object: string,
  actors: string[],
  more: Partial<ExpectedCommitment> = {},
): ExpectedCommitment {
  return {
    cue,
    action,
    object,
    actors,
    entities: [],
    sectors: [],
    deadline: null,
    status: 'not yet rated',
    figure: null,
    ...more,
  };
}

function agree(
  name: string,
  type: string,
  parties: string[],
  more: Partial<ExpectedAgreement> = {},
): ExpectedAgreement {
  return { name, type, parties, count: null, countWord: null, date: DEV_PUBLISHED, ...more };
}

function entity(type: EntityType, name: string, more: Omit<ExpectedEntity, 'type' | 'name'>): ExpectedEntity {
  return { type, name, ...more };
}

/** Commitment and agreement cases, 125 of them, over 133 sentences with their context. */
export const RECORD_CASES: readonly RecordCase[] = [
  // promise verbs
  {
    group: 'promise verbs',
    text: 'Kazakhstan plans to raise the share of processed goods in its exports to China to 40% by 2030.',
    commitments: [
      commit('plans to', 'raise', 'the share of processed goods in its exports to China to 40%', ['KZ'], {
        sectors: ['trade'],
        deadline: 'by 2030',
        figure: '40%',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The two sides aim to bring bilateral trade to $40 billion by 2030.',
    pair: true,
    commitments: [
      commit('aim to', 'bring', 'bilateral trade to $40 billion', ['CN', 'KZ'], {
        sectors: ['trade'],
        deadline: 'by 2030',
        figure: '$40 billion',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Uzbekistan and China agreed to build a new railway linking Kashgar with Andijan.',
    commitments: [
      commit('agreed to', 'build', 'a new railway linking Kashgar with Andijan', ['CN', 'UZ'], {
        sectors: ['transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The parties committed to launching a joint venture producing electric buses in Almaty next year.',
    pair: true,
    commitments: [
      commit('committed to', 'launch', 'a joint venture producing electric buses in Almaty', ['CN', 'KZ'], {
        sectors: ['manufacturing'],
        deadline: '2025',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Russia pledged to supply an additional 10 billion cubic metres of gas to China from 2027.',
    commitments: [
      commit('pledged to', 'supply', 'an additional 10 billion cubic metres of gas to China', ['RU'], {
        sectors: ['energy'],
        deadline: '2027',
        figure: '10 billion cubic metres',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Both governments intend to open direct flights between Almaty and Shanghai this autumn.',
    pair: true,
    commitments: [
      commit('intend to', 'open', 'direct flights between Almaty and Shanghai', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        deadline: '2024-autumn',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Mongolia decided to double coal deliveries to China within five years.',
    commitments: [
      commit('decided to', 'double', 'coal deliveries to China', ['MN'], {
        sectors: ['energy'],
        deadline: 'within 5 years',
        figure: 'double',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Turkmenistan hopes to expand gas exports to China through a fourth line of the pipeline.',
    commitments: [
      commit('hopes to', 'expand', 'gas exports to China through a fourth line of the pipeline', ['TM'], {
        sectors: ['energy'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The companies seek to establish a logistics hub near the Khorgos dry port.',
    pair: true,
    commitments: [
      commit('seek to', 'establish', 'a logistics hub near the Khorgos dry port', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The Kazakh side expects to complete the second track of the Dostyk–Moiynty railway by the end of 2025.',
    commitments: [
      commit('expects to', 'complete', 'the second track of the Dostyk–Moiynty railway', ['KZ'], {
        sectors: ['transport and logistics'],
        deadline: 'by 2025',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Chinese investors are ready to finance the construction of a coal-to-gas plant in Pavlodar.',
    commitments: [
      commit('are ready to', 'finance', 'the construction of a coal-to-gas plant in Pavlodar', ['CN'], {
        sectors: ['infrastructure', 'energy'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Kyrgyzstan is set to start construction of its section of the railway in 2025.',
    commitments: [
      commit('is set to', 'start', 'construction of its section of the railway', ['KG'], {
        sectors: ['infrastructure', 'transport and logistics'],
        deadline: '2025',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The ministers vowed to remove barriers to agricultural trade.',
    pair: true,
    commitments: [
      commit('vowed to', 'remove', 'barriers to agricultural trade', ['CN', 'KZ'], {
        sectors: ['agriculture', 'trade'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Tajikistan promised to allocate land for a Chinese-funded cement factory.',
    commitments: [
      commit('promised to', 'allocate', 'land for a Chinese-funded cement factory', ['TJ'], {
        sectors: ['manufacturing'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The two countries undertook to simplify customs procedures at border crossings.',
    pair: true,
    commitments: [
      commit('undertook to', 'simplify', 'customs procedures at border crossings', ['CN', 'KZ'], {
        sectors: ['trade', 'transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The sides stressed the importance of further developing joint projects in mining, chemicals and renewable energy.',
    pair: true,
    commitments: [
      commit(
        'stressed the importance of',
        'develop',
        'joint projects in mining, chemicals and renewable energy',
        ['CN', 'KZ'],
        { sectors: ['mining', 'manufacturing', 'energy'] },
      ),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Officials highlighted the importance of expanding container traffic through the Khorgos dry port.',
    pair: true,
    commitments: [
      commit(
        'highlighted the importance of',
        'expand',
        'container traffic through the Khorgos dry port',
        ['CN', 'KZ'],
        { sectors: ['transport and logistics'] },
      ),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: "Kazakhstan announced plans to open a trade mission in Xi'an before the end of the year.",
    commitments: [
      commit('announced plans to', 'open', "a trade mission in Xi'an", ['KZ'], {
        sectors: ['trade'],
        deadline: 'before the end of 2024',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The ministers reached an agreement to increase the number of weekly flights to 50.',
    pair: true,
    commitments: [
      commit('agreement to', 'increase', 'the number of weekly flights to 50', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        figure: '50',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The Chinese side stands ready to help Kazakhstan build a nuclear power plant.',
    commitments: [
      commit('stands ready to', 'build', 'a nuclear power plant', ['CN'], { sectors: ['energy'] }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The two countries aim at increasing mutual investment to $20 billion within five years.',
    pair: true,
    commitments: [
      commit('aim at', 'increase', 'mutual investment to $20 billion', ['CN', 'KZ'], {
        deadline: 'within 5 years',
        figure: '$20 billion',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The sides intend to bring tourist flows to one million visits a year by 2026.',
    pair: true,
    commitments: [
      commit('intend to', 'bring', 'tourist flows to one million visits a year', ['CN', 'KZ'], {
        sectors: ['tourism'],
        deadline: 'by 2026',
        figure: 'one million visits',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: "Uzbekistan's government plans to double exports of fruit and vegetables to China next year.",
    commitments: [
      commit('plans to', 'double', 'exports of fruit and vegetables to China', ['UZ'], {
        sectors: ['agriculture'],
        deadline: '2025',
        figure: 'double',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The governments agreed to set up a joint working group on water resources.',
    pair: true,
    commitments: [
      commit('agreed to', 'set up', 'a joint working group on water resources', ['CN', 'KZ'], {
        sectors: ['environment'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'The Chinese company plans to invest $1.2 billion in a steel plant in Karaganda.',
    pair: true,
    commitments: [
      commit('plans to', 'invest', '$1.2 billion in a steel plant in Karaganda', ['CN'], {
        sectors: ['manufacturing'],
        figure: '$1.2 billion',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Beijing pledged to train 500 Kazakh engineers in railway operations over the next three years.',
    commitments: [
      commit('pledged to', 'train', '500 Kazakh engineers in railway operations', ['CN'], {
        sectors: ['transport and logistics'],
        deadline: 'within 3 years',
        figure: '500 Kazakh engineers',
      }),
    ],
    agreements: [],
  },
  {
    group: 'promise verbs',
    text: 'Kazakhstan plans to export 1 million tonnes of wheat to China via the Dostyk crossing this year.',
    pair: true,
    commitments: [
      commit('plans to', 'export', '1 million tonnes of wheat to China via the Dostyk crossing', ['KZ'], {
        sectors: ['agriculture'],
        deadline: '2024',
        figure: '1 million tonnes',
      }),
    ],
    agreements: [],
  },
  // modal verbs
  {
    group: 'modal verbs',
    text: 'Kazakhstan will build three new power plants with Chinese partners by 2028, the energy minister said.',
    commitments: [
      commit('will', 'build', 'three new power plants with Chinese partners', ['KZ'], {
        sectors: ['energy'],
        deadline: 'by 2028',
        figure: 'three new power plants',
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'The sides will hold a business forum in Urumqi in September.',
    pair: true,
    commitments: [
      commit('will', 'hold', 'a business forum in Urumqi', ['CN', 'KZ'], { deadline: '2024-09' }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'A new grain terminal will be built at the port of Aktau with Chinese funding.',
    commitments: [
      commit('will', 'build', 'a new grain terminal', ['CN'], {
        sectors: ['agriculture', 'transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'Xi Jinping said China would open a consulate general in Aktobe.',
    commitments: [
      commit('would', 'open', 'a consulate general in Aktobe', ['CN'], { entities: ['person:Xi Jinping'] }),
    ],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'Tokayev said a branch of Beijing Language and Culture University would open in Astana and that a further Lu Ban Workshop is planned to train technical specialists.',
    commitments: [
      commit('would', 'open', 'a branch of Beijing Language and Culture University', ['CN', 'KZ'], {
        entities: ['person:Kassym-Jomart Tokayev'],
        sectors: ['education'],
      }),
      commit('is planned', 'open', 'a further Lu Ban Workshop', ['CN', 'KZ'], {
        entities: ['person:Kassym-Jomart Tokayev'],
        sectors: ['education'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'The Bank of China said it would open a branch in Astana.',
    commitments: [
      commit('would', 'open', 'a branch in Astana', ['CN', 'KZ'], {
        entities: ['organization:Bank of China'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'A new logistics centre operated by KTZ will open next year.',
    commitments: [
      commit('will', 'open', 'a new logistics centre operated by KTZ', ['CN', 'KZ'], {
        entities: ['organization:Kazakhstan Temir Zholy'],
        sectors: ['transport and logistics'],
        deadline: '2025',
      }),
    ],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'The ministry said it would open a trade office in Urumqi and that direct flights would resume soon.',
    commitments: [
      commit('would', 'open', 'a trade office in Urumqi', ['CN', 'KZ'], { sectors: ['trade'] }),
      commit('would', 'resume', 'direct flights', ['CN', 'KZ'], { sectors: ['transport and logistics'] }),
    ],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'The plant, built with Chinese funding, will open in 2026.',
    commitments: [
      commit('will', 'open', 'the plant, built with Chinese funding', ['CN', 'KZ'], { deadline: '2026' }),
    ],
    agreements: [],
  },
  {
    group: 'lists',
    pair: true,
    text: 'Tokayev called for further investment projects in the following fields:\n\nenergy;\n\nagriculture.',
    commitments: [
      commit('called for further', 'implement', 'investment projects in the following fields', ['CN', 'KZ'], {
        entities: ['person:Kassym-Jomart Tokayev'],
        sectors: ['energy', 'agriculture'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'lists',
    pair: true,
    text: 'The two presidents reviewed relations and agreed on the following points.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'lead-ins',
    pair: true,
    text: 'Trade reached $41 billion in 2023, and the sides agree to work towards doubling it in the near future.',
    commitments: [
      commit('agree to', 'double', 'it', ['CN', 'KZ'], {
        sectors: ['trade'],
        deadline: 'near future',
        figure: 'doubling it',
      }),
    ],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    pair: true,
    text: 'Beijing said it would build a logistics hub in Khorgos.',
    commitments: [
      commit('would', 'build', 'a logistics hub in Khorgos', ['CN'], {
        sectors: ['transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    pair: true,
    text: 'Kazakhstan said it would open a trade office in Xi’an.',
    commitments: [commit('would', 'open', "a trade office in Xi'an", ['KZ'], { sectors: ['trade'] })],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    pair: true,
    text: 'Tokayev said it would give fresh momentum to the ties.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'questions',
    pair: true,
    text: 'Which statistics will be used to judge progress remains an open question.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'opening verbs',
    pair: true,
    text: 'The sides will start in May, and China will open.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'Under the agreement, Kyrgyzstan shall provide land for the railway depot.',
    commitments: [
      commit('shall', 'provide', 'land for the railway depot', ['KG'], {
        sectors: ['transport and logistics'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'Kazakhstan and China intend to hold a Year of Tourism in 2025, and will launch a joint film project.',
    pair: true,
    commitments: [
      commit('intend to', 'hold', 'a Year of Tourism', ['CN', 'KZ'], {
        sectors: ['tourism'],
        deadline: '2025',
      }),
      commit('will', 'launch', 'a joint film project', ['CN', 'KZ'], { sectors: ['culture'] }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'According to the plan, 20 Chinese companies will relocate production to Kazakhstan by 2026.',
    pair: true,
    commitments: [
      commit('will', 'relocate', 'production to Kazakhstan', ['CN'], {
        sectors: ['manufacturing'],
        deadline: 'by 2026',
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'The sides will jointly develop digital services, e-commerce and artificial intelligence.',
    pair: true,
    commitments: [
      commit('will', 'develop', 'digital services, e-commerce and artificial intelligence', ['CN', 'KZ'], {
        sectors: ['IT', 'trade'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'The trade ministers will meet in Astana next month to sign an updated protocol on plant quarantine.',
    pair: true,
    commitments: [
      commit('will', 'sign', 'an updated protocol on plant quarantine', ['CN', 'KZ'], {
        sectors: ['agriculture'],
        deadline: '2024-08',
      }),
    ],
    agreements: [],
  },
  {
    group: 'modal verbs',
    text: 'Azerbaijan and Kazakhstan signed an agreement on 14 May 2024 to develop the Middle Corridor, and will set up a joint logistics company.',
    commitments: [
      commit('will', 'set up', 'a joint logistics company', ['AZ', 'KZ'], {
        sectors: ['transport and logistics'],
      }),
    ],
    agreements: [agree('agreement', 'agreement', ['AZ', 'KZ'], { count: 1, date: '2024-05-14' })],
  },
  // noun cues
  {
    group: 'noun cues',
    text: 'The leaders also agreed on the construction of a second cross-border bridge at Khorgos.',
    pair: true,
    commitments: [
      commit(
        'agreed on',
        'build',
        'the construction of a second cross-border bridge at Khorgos',
        ['CN', 'KZ'],
        { sectors: ['infrastructure'] },
      ),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'Officials announced the launch of a joint satellite programme.',
    pair: true,
    commitments: [
      commit('announced the launch of', 'launch', 'a joint satellite programme', ['CN', 'KZ'], {
        sectors: ['aerospace'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'There are plans for a Chinese-Kazakh university in Almaty.',
    pair: true,
    commitments: [
      commit('plans for', 'open', 'a Chinese-Kazakh university in Almaty', ['CN', 'KZ'], {
        sectors: ['education'],
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'A new flight route between Astana and Beijing is planned for the autumn.',
    pair: true,
    commitments: [
      commit('is planned', 'implement', 'a new flight route between Astana and Beijing', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        deadline: '2024-autumn',
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'The modernisation of the Dostyk station is scheduled for completion in 2026.',
    pair: true,
    commitments: [
      commit('is scheduled', 'modernize', 'the modernisation of the Dostyk station', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        deadline: '2026',
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'The second phase of the logistics park, to be completed by 2027, will double its capacity.',
    pair: true,
    commitments: [
      commit('to be completed by', 'complete', 'the second phase of the logistics park', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        deadline: 'by 2027',
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'The new terminal at Kuryk port is expected to be completed in 2025.',
    pair: true,
    commitments: [
      commit('is expected to be completed', 'complete', 'the new terminal at Kuryk port', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        deadline: '2025',
      }),
    ],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'The signing of the investment agreement is planned for the next summit.',
    pair: true,
    commitments: [commit('is planned', 'sign', 'the signing of the investment agreement', ['CN', 'KZ'])],
    agreements: [],
  },
  {
    group: 'noun cues',
    text: 'On 2 July 2024 the presidents signed a joint declaration and agreed to open consulates in Urumqi and Aktobe.',
    pair: true,
    commitments: [commit('agreed to', 'open', 'consulates in Urumqi and Aktobe', ['CN', 'KZ'])],
    agreements: [agree('joint declaration', 'declaration', ['CN', 'KZ'], { count: 1, date: '2024-07-02' })],
  },
  // work under way
  {
    group: 'work under way',
    text: 'Construction of the Almaty ring road is under way.',
    pair: true,
    commitments: [
      commit('is under way', 'build', 'Construction of the Almaty ring road', ['CN', 'KZ'], {
        sectors: ['infrastructure'],
        status: 'in the works',
      }),
    ],
    agreements: [],
  },
  {
    group: 'work under way',
    text: 'New wind farms are being built in the Zhetysu region with Chinese equipment.',
    pair: true,
    commitments: [
      commit('are being built', 'build', 'New wind farms', ['CN', 'KZ'], {
        sectors: ['energy'],
        status: 'in the works',
      }),
    ],
    agreements: [],
  },
  {
    group: 'work under way',
    text: 'Work continues on the modernisation of the Shymkent refinery.',
    pair: true,
    commitments: [
      commit('Work continues on', 'modernize', 'the modernisation of the Shymkent refinery', ['CN', 'KZ'], {
        sectors: ['energy'],
        status: 'in the works',
      }),
    ],
    agreements: [],
  },
  {
    group: 'work under way',
    text: 'The Turkistan oil terminal is under construction.',
    pair: true,
    commitments: [
      commit('is under construction', 'build', 'the Turkistan oil terminal', ['CN', 'KZ'], {
        sectors: ['energy', 'transport and logistics'],
        status: 'in the works',
      }),
    ],
    agreements: [],
  },
  {
    group: 'work under way',
    text: 'Work is under way on a new border crossing at Zharkent.',
    pair: true,
    commitments: [
      commit('Work is under way on', 'build', 'a new border crossing at Zharkent', ['CN', 'KZ'], {
        sectors: ['transport and logistics'],
        status: 'in the works',
      }),
    ],
    agreements: [],
  },
  {
    group: 'work under way',
    text: 'The partners listed ongoing projects including a copper smelter in Aktogay and a gas processing plant in Zhanaozen.',
    pair: true,
    commitments: [
      commit(
        'ongoing projects including',
        'implement',
        'a copper smelter in Aktogay and a gas processing plant in Zhanaozen',
        ['CN', 'KZ'],
        { sectors: ['mining', 'manufacturing', 'energy'], status: 'in the works' },
      ),
    ],
    agreements: [],
  },
  // stalled
  {
    group: 'stalled',
    text: 'The parties agreed to build a cement plant in Shymkent, but construction has been delayed.',
    pair: true,
    commitments: [
      commit('agreed to', 'build', 'a cement plant in Shymkent', ['CN', 'KZ'], {
        sectors: ['infrastructure'],
        status: 'stalled',
      }),
    ],
    agreements: [],
  },
  // past events
  {
    group: 'past events',
    text: 'Kazakhstan and China signed a cooperation agreement on railways in 2019.',
    commitments: [],
    agreements: [
      agree('cooperation agreement on railways', 'agreement', ['CN', 'KZ'], { count: 1, date: '2019' }),
    ],
  },
  {
    group: 'past events',
    text: 'The pipeline was completed in 2009 and has since carried more than 150 million tonnes of oil.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'Last year the two countries opened a new border crossing at Bakhty.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'In 2022, China built a wind farm in the Zhanatas district.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'Trade between the two countries grew by 30% in 2023.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'The minister recalled that the two countries opened a visa centre in Urumqi in 2023.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'The sides had planned to open the terminal in 2020.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'past events',
    text: 'The launch of the new freight route, planned for 2024, has been postponed.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  // reported speech and forecasts
  {
    group: 'reported speech and forecasts',
    text: 'Tokayev said that trade had grown rapidly over the past decade.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'The minister noted that Chinese companies employ thousands of local workers.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'He said trade will grow further as demand recovers.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'Officials said the railway will connect the Caspian Sea with western China.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'The new terminal will handle up to 500,000 containers a year.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'Analysts expect that exports will reach $5 billion next year.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'This would allow both countries to diversify their supply routes.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'reported speech and forecasts',
    text: 'The sides discussed the prospects of joint production of electric vehicles.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  // conditions
  {
    group: 'conditions',
    text: 'If oil prices recover, Kazakhstan will expand production at Kashagan.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'conditions',
    text: 'The sides will build a second pipeline if demand for gas keeps rising.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'conditions',
    text: 'Unless financing is found, the project will not go ahead.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'conditions',
    text: 'Should the talks succeed, the companies plan to open a joint plant in 2026.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  // denials
  {
    group: 'denials',
    text: 'Kazakhstan has no plans to join the customs union with China.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'denials',
    text: 'The government does not intend to raise export duties on grain.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'denials',
    text: 'China will not finance the coal plant in Ekibastuz.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'denials',
    text: 'The company ruled out building a second refinery.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'denials',
    text: 'Mongolia rejected plans to route the pipeline through its territory.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'denials',
    text: 'The two sides are not ready to sign a free trade agreement.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  // general aims and interest
  {
    group: 'general aims and interest',
    text: 'Both countries are committed to strengthening their comprehensive strategic partnership.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'The leaders agreed to further deepen bilateral ties.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'The sides will continue to expand cooperation in all areas.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'In agriculture, Kazakhstan is keen on adopting Chinese irrigation technology.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'Both sides are keen to attract more tourists.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'Kazakh exporters would like to increase meat shipments to China.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'general aims and interest',
    text: 'Twelve projects worth $3 billion are being implemented in the Pavlodar region.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  // agreements signed
  {
    group: 'agreements signed',
    text: 'During the visit, the two presidents signed a Joint Statement on further deepening the comprehensive strategic partnership.',
    pair: true,
    commitments: [],
    agreements: [agree('Joint Statement', 'joint statement', ['CN', 'KZ'], { count: 1 })],
  },
  {
    group: 'agreements signed',
    text: 'A total of 30 documents were signed during the visit.',
    pair: true,
    commitments: [],
    agreements: [agree('documents', 'document', ['CN', 'KZ'], { count: 30 })],
  },
  {
    group: 'agreements signed',
    text: 'The ministers signed twelve agreements worth $7 billion.',
    pair: true,
    commitments: [],
    agreements: [agree('agreements', 'agreement', ['CN', 'KZ'], { count: 12 })],
  },
  {
    group: 'agreements signed',
    text: 'The Kazakh and Chinese foreign ministers signed a memorandum of understanding on green development.',
    commitments: [],
    agreements: [
      agree('memorandum of understanding on green development', 'memorandum', ['CN', 'KZ'], { count: 1 }),
    ],
  },
  {
    group: 'agreements signed',
    text: 'The heads of state adopted the Astana Declaration.',
    pair: true,
    commitments: [],
    agreements: [agree('Astana Declaration', 'declaration', ['CN', 'KZ'])],
  },
  {
    group: 'agreements signed',
    text: 'Uzbekistan and China signed an intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway on 6 June 2024.',
    commitments: [],
    agreements: [
      agree(
        'intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway',
        'agreement',
        ['CN', 'UZ'],
        { count: 1, date: '2024-06-06' },
      ),
    ],
  },
  {
    group: 'agreements signed',
    text: 'Several commercial contracts were inked at the business forum.',
    pair: true,
    commitments: [],
    agreements: [agree('commercial contracts', 'contract', ['CN', 'KZ'], { countWord: 'several' })],
  },
  {
    group: 'agreements signed',
    text: 'The leaders witnessed the signing of 14 cooperation documents in trade, energy and agriculture.',
    pair: true,
    commitments: [],
    agreements: [agree('cooperation documents', 'document', ['CN', 'KZ'], { count: 14 })],
  },
  {
    group: 'agreements signed',
    text: 'Russia and China signed a 30-year gas supply contract in 2014.',
    commitments: [],
    agreements: [agree('30-year gas supply contract', 'contract', ['CN', 'RU'], { count: 1, date: '2014' })],
  },
  {
    group: 'agreements signed',
    text: 'The parties exchanged the instruments of ratification of the Treaty on Good-Neighbourliness.',
    pair: true,
    commitments: [],
    agreements: [agree('Treaty on Good-Neighbourliness', 'treaty', ['CN', 'KZ'])],
  },
  {
    group: 'agreements signed',
    text: 'KazMunayGas and CNPC signed a memorandum on the expansion of the Shymkent refinery.',
    pair: true,
    commitments: [],
    agreements: [
      agree('memorandum on the expansion of the Shymkent refinery', 'memorandum', ['CN', 'KZ'], { count: 1 }),
    ],
  },
  {
    group: 'agreements signed',
    text: 'The agreement on a new oil supply route was concluded in March 2023.',
    pair: true,
    commitments: [],
    agreements: [
      agree('agreement on a new oil supply route', 'agreement', ['CN', 'KZ'], { date: '2023-03' }),
    ],
  },
  {
    group: 'agreements signed',
    text: 'The sides signed an action plan for 2024-2026 on agricultural cooperation.',
    pair: true,
    commitments: [],
    agreements: [agree('action plan', 'action plan', ['CN', 'KZ'], { count: 1 })],
  },
  {
    group: 'agreements signed',
    text: 'Twenty-five commercial agreements worth more than $4 billion were signed at the forum.',
    pair: true,
    commitments: [],
    agreements: [agree('commercial agreements', 'agreement', ['CN', 'KZ'], { count: 25 })],
  },
  {
    group: 'agreements signed',
    text: 'The Kazakh-Chinese Business Council met in Beijing, where the sides adopted a roadmap for investment cooperation.',
    pair: true,
    commitments: [],
    agreements: [agree('roadmap', 'roadmap', ['CN', 'KZ'], { count: 1 })],
  },
  {
    group: 'agreements signed',
    text: 'Turkey and Azerbaijan ratified the treaty last year.',
    commitments: [],
    agreements: [agree('treaty', 'treaty', ['AZ', 'TR'], { date: '2023' })],
  },
  {
    group: 'agreements signed',
    text: 'Together the leaders inked deals on solar power, copper mining and rail transport.',
    pair: true,
    commitments: [],
    agreements: [agree('deals on solar power', 'deal', ['CN', 'KZ'])],
  },
  // agreements not signed
  {
    group: 'agreements not signed',
    text: 'The two sides plan to sign an agreement on visa-free travel next year.',
    pair: true,
    commitments: [
      commit('plan to', 'sign', 'an agreement on visa-free travel', ['CN', 'KZ'], { deadline: '2025' }),
    ],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The ministers will sign a roadmap on industrial cooperation in November.',
    pair: true,
    commitments: [
      commit('will', 'sign', 'a roadmap on industrial cooperation', ['CN', 'KZ'], {
        sectors: ['manufacturing'],
        deadline: '2024-11',
      }),
    ],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'Kazakhstan has not signed the protocol yet.',
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The treaty, which the sides have yet to sign, covers water sharing.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'If the agreement is signed, tariffs will fall by half.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The 2019 treaty remains the basis of the relationship.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The sides discussed a draft agreement on investment protection.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The parties failed to sign the contract because of a price dispute.',
    pair: true,
    commitments: [],
    agreements: [],
  },
  {
    group: 'agreements not signed',
    text: 'The sides have not yet concluded the agreement on water allocation.',
    pair: true,
    commitments: [],
    agreements: [],
  },
];

/** Short documents for entity resolution: later mentions, acronyms, roles, renamed places, other scripts. */
export const ENTITY_DOCS: readonly EntityDoc[] = [
  {
    id: 'doc-1',
    text: 'Foreign Minister Murat Nurtleu met his Uzbek counterpart Bakhtiyor Saidov in Tashkent on Monday. Nurtleu said the Eurasian Economic Union (EAEU) remained a priority for both countries. The next EAEU summit will be held in Astana.',
    entities: [
      entity('person', 'Murat Nurtleu', {
        aliases: ['Nurtleu'],
        role: 'Minister of Foreign Affairs of Kazakhstan',
        country: 'KZ',
        mentions: 2,
      }),
      entity('country', 'Uzbekistan', { aliases: ['Uzbek'], role: null, country: 'UZ', mentions: 1 }),
      entity('person', 'Bakhtiyor Saidov', {
        aliases: [],
        role: 'Minister of Foreign Affairs of Uzbekistan',
        country: 'UZ',
        mentions: 1,
      }),
      entity('place', 'Tashkent', { aliases: [], role: null, country: 'UZ', mentions: 1 }),
      entity('organization', 'Eurasian Economic Union', {
        aliases: ['EAEU'],
        role: null,
        country: null,
        mentions: 3,
      }),
      entity('place', 'Astana', { aliases: [], role: null, country: 'KZ', mentions: 1 }),
    ],
  },
  {
    id: 'doc-2',
    text: 'Erlan Karin, chairman of the Kazakh-Chinese Business Council, opened the forum in Nur-Sultan. Karin later travelled to Alma-Ata and visited the Horgos border crossing.',
    entities: [
      entity('person', 'Erlan Karin', {
        aliases: ['Karin'],
        role: 'Chairman of the Kazakh-Chinese Business Council',
        country: null,
        mentions: 2,
      }),
      entity('organization', 'Kazakh-Chinese Business Council', {
        aliases: [],
        role: null,
        country: null,
        mentions: 1,
      }),
      entity('country', 'Kazakhstan', { aliases: ['Kazakh'], role: null, country: 'KZ', mentions: 1 }),
      entity('country', 'China', { aliases: ['Chinese'], role: null, country: 'CN', mentions: 1 }),
      entity('place', 'Astana', { aliases: ['Nur-Sultan'], role: null, country: 'KZ', mentions: 1 }),
      entity('place', 'Almaty', { aliases: ['Alma-Ata'], role: null, country: 'KZ', mentions: 1 }),
      entity('place', 'Khorgos', { aliases: ['Horgos'], role: null, country: 'KZ', mentions: 1 }),
    ],
  },
  {
    id: 'doc-3',
    text: 'Prime Minister Li Qiang held talks with Mongolian officials in Ulan Bator. Li praised progress on the Power of Siberia 2 pipeline and the port of Tianjin.',
    entities: [
      entity('person', 'Li Qiang', { aliases: ['Li'], role: 'Premier of China', country: 'CN', mentions: 2 }),
      entity('country', 'Mongolia', { aliases: ['Mongolian'], role: null, country: 'MN', mentions: 1 }),
      entity('place', 'Ulan Bator', { aliases: [], role: null, country: 'MN', mentions: 1 }),
      entity('initiative', 'Power of Siberia 2', { aliases: [], role: null, country: null, mentions: 1 }),
      entity('place', 'Tianjin', { aliases: [], role: null, country: 'CN', mentions: 1 }),
    ],
  },
  {
    id: 'doc-4',
    text: 'Путин и Токаев обсудили сотрудничество в Москве. 习近平在北京会见了托卡耶夫。',
    entities: [
      entity('person', 'Vladimir Putin', {
        aliases: ['Путин'],
        role: 'President of Russia',
        country: 'RU',
        mentions: 1,
      }),
      entity('person', 'Kassym-Jomart Tokayev', {
        aliases: ['Токаев', '托卡耶夫'],
        role: 'President of Kazakhstan',
        country: 'KZ',
        mentions: 2,
      }),
      entity('place', 'Moscow', { aliases: ['Москве'], role: null, country: 'RU', mentions: 1 }),
      entity('person', 'Xi Jinping', {
        aliases: ['习近平'],
        role: 'President of China',
        country: 'CN',
        mentions: 1,
      }),
      entity('place', 'Beijing', { aliases: ['北京'], role: null, country: 'CN', mentions: 1 }),
    ],
  },
  {
    id: 'doc-5',
    text: 'The Asian Infrastructure Investment Bank (AIIB) and the World Bank are financing the Almaty ring road. AIIB president Jin Liqun visited Almaty on Friday.',
    entities: [
      entity('organization', 'Asian Infrastructure Investment Bank', {
        aliases: ['AIIB'],
        role: null,
        country: null,
        mentions: 3,
      }),
      entity('organization', 'World Bank', { aliases: [], role: null, country: null, mentions: 1 }),
      entity('place', 'Almaty', { aliases: [], role: null, country: 'KZ', mentions: 2 }),
      entity('person', 'Jin Liqun', { aliases: [], role: 'President', country: null, mentions: 1 }),
    ],
  },
  {
    id: 'doc-6',
    text: "Uzbekistan's President Shavkat Mirziyoyev received a delegation of the China Development Bank in Samarkand. Mirziyoyev proposed a logistics centre at Termez.",
    entities: [
      entity('country', 'Uzbekistan', { aliases: [], role: null, country: 'UZ', mentions: 1 }),
      entity('person', 'Shavkat Mirziyoyev', {
        aliases: ['Mirziyoyev'],
        role: 'President of Uzbekistan',
        country: 'UZ',
        mentions: 2,
      }),
      entity('organization', 'China Development Bank', {
        aliases: ['CDB'],
        role: null,
        country: 'CN',
        mentions: 1,
      }),
      entity('country', 'China', { aliases: [], role: null, country: 'CN', mentions: 1 }),
      entity('place', 'Samarkand', { aliases: [], role: null, country: 'UZ', mentions: 1 }),
      entity('place', 'Termez', { aliases: [], role: null, country: 'UZ', mentions: 1 }),
    ],
  },
  {
    id: 'doc-7',
    text: 'Speaking in Bishkek, Japarov said Kyrgyzstan would join the Global Development Initiative. The China–Kyrgyzstan–Uzbekistan railway will cross the Torugart pass.',
    entities: [
      entity('place', 'Bishkek', { aliases: [], role: null, country: 'KG', mentions: 1 }),
      entity('person', 'Sadyr Japarov', {
        aliases: ['Japarov'],
        role: 'President of Kyrgyzstan',
        country: 'KG',
        mentions: 1,
      }),
      entity('country', 'Kyrgyzstan', { aliases: [], role: null, country: 'KG', mentions: 2 }),
      entity('initiative', 'Global Development Initiative', {
        aliases: ['GDI'],
        role: null,
        country: 'CN',
        mentions: 1,
      }),
      entity('initiative', 'China-Kyrgyzstan-Uzbekistan railway', {
        aliases: ['CKU'],
        role: null,
        country: null,
        mentions: 1,
      }),
      entity('country', 'China', { aliases: [], role: null, country: 'CN', mentions: 1 }),
      entity('country', 'Uzbekistan', { aliases: [], role: null, country: 'UZ', mentions: 1 }),
      entity('place', 'Torugart', { aliases: ['Torugart pass'], role: null, country: 'KG', mentions: 1 }),
    ],
  },
  {
    id: 'doc-8',
    text: "Kazakhstan's Samruk-Kazyna and the Silk Road Fund agreed to invest in wind farms in the Zhambyl region. Smailov welcomed the deal in Kiev and Bombay.",
    entities: [
      entity('country', 'Kazakhstan', { aliases: [], role: null, country: 'KZ', mentions: 1 }),
      entity('organization', 'Samruk-Kazyna', { aliases: [], role: null, country: 'KZ', mentions: 1 }),
      entity('organization', 'Silk Road Fund', { aliases: ['SRF'], role: null, country: null, mentions: 1 }),
      entity('place', 'Zhambyl Region', { aliases: [], role: null, country: 'KZ', mentions: 1 }),
      entity('person', 'Alikhan Smailov', { aliases: ['Smailov'], role: null, country: 'KZ', mentions: 1 }),
      entity('place', 'Kyiv', { aliases: ['Kiev'], role: null, country: 'UA', mentions: 1 }),
      entity('place', 'Mumbai', { aliases: ['Bombay'], role: null, country: 'IN', mentions: 1 }),
    ],
  },
  {
    id: 'doc-9',
    text: 'Ambassador Zhang Xiao presented the Digital Silk Road to students of Al-Farabi Kazakh National University. Zhang said the Lu Ban Workshop in Astana had trained 300 specialists.',
    entities: [
      entity('person', 'Zhang Xiao', { aliases: ['Zhang'], role: 'Ambassador', country: null, mentions: 2 }),
      entity('initiative', 'Digital Silk Road', { aliases: [], role: null, country: 'CN', mentions: 1 }),
      entity('organization', 'Al-Farabi Kazakh National University', {
        aliases: [],
        role: null,
        country: null,
        mentions: 1,
      }),
      entity('country', 'Kazakhstan', { aliases: ['Kazakh'], role: null, country: 'KZ', mentions: 1 }),
      entity('initiative', 'Lu Ban Workshop', { aliases: [], role: null, country: 'CN', mentions: 1 }),
      entity('place', 'Astana', { aliases: [], role: null, country: 'KZ', mentions: 1 }),
    ],
  },
  {
    id: 'doc-10',
    text: "The Organization of Turkic States (OTS) met in Shusha. Turkish President Recep Tayyip Erdoğan and Azerbaijan's Ilham Aliyev discussed the Middle Corridor and the port of Alat.",
    entities: [
      entity('organization', 'Organization of Turkic States', {
        aliases: ['OTS'],
        role: null,
        country: null,
        mentions: 2,
      }),
      entity('place', 'Shusha', { aliases: [], role: null, country: 'AZ', mentions: 1 }),
      entity('country', 'Türkiye', { aliases: ['Turkish'], role: null, country: 'TR', mentions: 1 }),
      entity('person', 'Recep Tayyip Erdoğan', {
        aliases: [],
        role: 'President of Türkiye',
        country: 'TR',
        mentions: 1,
      }),
      entity('country', 'Azerbaijan', { aliases: [], role: null, country: 'AZ', mentions: 1 }),
      entity('person', 'Ilham Aliyev', {
        aliases: [],
        role: 'President of Azerbaijan',
        country: 'AZ',
        mentions: 1,
      }),
      entity('initiative', 'Trans-Caspian International Transport Route', {
        aliases: ['Middle Corridor', 'TITR'],
        role: null,
        country: null,
        mentions: 1,
      }),
      entity('place', 'Alat', { aliases: [], role: null, country: 'AZ', mentions: 1 }),
    ],
  },
];

/**
 * A report written for Accord that carries the facts of the reference report (seed 000): the same leaders,
 * figures, promises, signings, organisations, places and initiatives, in other words.
 */
export const SEED_FACTS_REPORT = `Kazakh and Chinese Presidents Brief Reporters on Their Talks

Kazakhstan's President Kassym-Jomart Tokayev and China's President Xi Jinping spoke to journalists after their bilateral meeting.

Tokayev thanked Xi Jinping for coming to Kazakhstan and said the visit would give new strength to Kazakh-Chinese relations. In his words, the relationship rests on good-neighbourliness, friendship and a comprehensive strategic partnership.

Neither side has any unresolved issues with the other, Tokayev said, and both are committed to deepening cooperation in trade, the economy, science, technology, culture and humanitarian affairs.

The two leaders signed a Joint Statement that sets out the results achieved so far and the tasks ahead. According to Tokayev, China remains Kazakhstan's largest trading partner: bilateral trade reached $41 billion last year, and the sides plan to double this figure in the near future. Chinese investments in Kazakhstan have amounted to about $25 billion over the past 15 years, he noted.

Some 45 projects worth a total of $14.5 billion are currently being implemented, with more than 4,700 enterprises with Chinese capital involved. He highlighted the importance of further implementing investment projects in energy, infrastructure, agriculture, manufacturing, finance, transport, aerospace and IT.

In energy, the partners are pursuing ongoing projects such as new petrochemical plants, the modernisation of oil refineries and the expansion of the Kazakhstan–China oil pipeline. Tokayev also pointed to the session of the Kazakh-Chinese Business Council, at which several investment agreements were signed.

Transport and logistics were on the agenda as well, notably the “One Belt, One Road” initiative and the Trans-Caspian International Transport Route. Tokayev cited a sharp rise in rail freight and joint work at dry ports such as Lianyungang, Xi’an and Khorgos.

Kazakhstan is keen on Chinese farming technology and innovation. Agricultural exports from Kazakhstan to China doubled to $1 billion, and Kazakhstan plans to increase grain exports further.

More than 4,000 Kazakh students are enrolled at Chinese universities. Tokayev announced that the sides will open a branch of the Beijing Language and Culture University in Astana; there are also plans for another “Lu Ban Workshop” to train specialists.

Cultural and humanitarian contacts are growing, and there are plans for cultural centres and events in both countries. The visa-free regime for Kazakh and Chinese citizens has helped business people, tourists and young people.

The presidents also talked about regional and global affairs and stressed the value of multilateral diplomacy within the UN, SCO and CICA. Tokayev closed by expressing confidence that the "golden 30th anniversary" of Kazakh-Chinese relations would bring ambitious goals within reach.

Xi Jinping, for his part, praised the warm and productive tone of the talks.
`;

/** What an analyst records from SEED_FACTS_REPORT: the records of the reference report's expected file. */
export const SEED_FACTS_EXPECTED = {
  commitments: [
    commit('plan to', 'double', 'this figure', ['CN', 'KZ'], {
      sectors: ['trade'],
      deadline: 'near future',
      figure: 'double this figure',
    }),
    commit(
      'highlighted the importance of',
      'implement',
      'investment projects in energy, infrastructure, agriculture, manufacturing, finance, transport, aerospace and IT',
      ['CN', 'KZ'],
      {
        sectors: [
          'energy',
          'infrastructure',
          'agriculture',
          'manufacturing',
          'finance',
          'transport and logistics',
          'aerospace',
          'IT',
        ],
      },
    ),
    commit(
      'ongoing projects such as',
      'implement',
      'new petrochemical plants, the modernisation of oil refineries and the expansion of the Kazakhstan–China oil pipeline',
      ['CN', 'KZ'],
      { sectors: ['energy'], status: 'in the works' },
    ),
    commit('plans to', 'increase', 'grain exports', ['KZ'], { sectors: ['agriculture'] }),
    commit(
      'will',
      'open',
      'a branch of the Beijing Language and Culture University in Astana',
      ['CN', 'KZ'],
      { sectors: ['education'], entities: ['person:Kassym-Jomart Tokayev'] },
    ),
    commit('plans for', 'open', 'another Lu Ban Workshop to train specialists', ['CN', 'KZ'], {
      sectors: ['education'],
      entities: ['person:Kassym-Jomart Tokayev'],
    }),
    commit('plans for', 'open', 'cultural centres and events in both countries', ['CN', 'KZ'], {
      sectors: ['culture'],
    }),
  ],
  agreements: [
    agree('Joint Statement', 'joint statement', ['CN', 'KZ'], { count: 1 }),
    agree('investment agreements', 'agreement', ['CN', 'KZ'], { countWord: 'several' }),
  ],
  entities: {
    person: [
      { name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan', aliases: ['Tokayev'] },
      { name: 'Xi Jinping', role: 'President of China', aliases: [] },
    ],
    country: ['CN', 'KZ'],
    organization: [
      'United Nations',
      'Shanghai Cooperation Organisation',
      'Conference on Interaction and Confidence-Building Measures in Asia',
      'Kazakh-Chinese Business Council',
      'Beijing Language and Culture University',
    ],
    place: ['Astana', 'Lianyungang', "Xi'an", 'Khorgos'],
    initiative: [
      'Belt and Road Initiative',
      'Trans-Caspian International Transport Route',
      'Lu Ban Workshop',
      'Kazakhstan-China oil pipeline',
      'visa-free regime',
    ],
  },
};

/** Everything the record stages give for one document. */
export interface Records {
  document: Document;
  figures: Figure[];
  entities: Entity[];
  commitments: Commitment[];
  agreements: Agreement[];
}

const entityStage = createEntityExtractor();
const commitmentStage = createCommitmentExtractor();
const agreementStage = createAgreementExtractor();

/** Runs a text through figures, entities, commitments and agreements, as a document published on `published`. */
export function runRecords(text: string, published: string = DEV_PUBLISHED): Records {
  const document = createDocument(
    {
      source: 'dev-set.txt',
      format: 'text',
      text,
      title: null,
      outlet: null,
      author: null,
      published,
      lang: 'en',
    },
    { lang: 'en' },
  );
  if (!document) throw new Error(`no text in "${text}"`);
  const figures = extractFigures(document);
  const entities = entityStage.extractDocument(document);
  const commitments = commitmentStage.extractDocument(document, figures, entities);
  const agreements = agreementStage.extractDocument(document, entities);
  return { document, figures, entities, commitments, agreements };
}

/** The text of a case as a document: PAIR_CONTEXT first when the case asks for it. */
export function caseText(devCase: RecordCase): string {
  return devCase.pair ? `${PAIR_CONTEXT} ${devCase.text}` : devCase.text;
}

/** A commitment record in the shape of ExpectedCommitment. */
export function asExpected(commitment: Commitment, figures: readonly Figure[]): ExpectedCommitment {
  return {
    cue: commitment.cue,
    action: commitment.action,
    object: commitment.object,
    actors: commitment.actors,
    entities: commitment.actorEntities,
    sectors: commitment.sectors,
    deadline: commitment.deadline?.label ?? null,
    status: commitment.status,
    figure: commitment.figure === null ? null : (figures[commitment.figure]?.text ?? null),
  };
}

/** An agreement record in the shape of ExpectedAgreement. */
export function asExpectedAgreement(agreement: Agreement & { countWord?: string | null }): ExpectedAgreement {
  return {
    name: agreement.name,
    type: agreement.type,
    parties: agreement.parties,
    count: agreement.count,
    countWord: agreement.countWord ?? null,
    date: agreement.date,
  };
}

/** An entity record in the shape of ExpectedEntity. */
export function asExpectedEntity(found: Entity): ExpectedEntity {
  return {
    type: found.type,
    name: found.name,
    aliases: found.aliases,
    role: found.role,
    country: found.country,
    mentions: found.mentions.length,
  };
}
