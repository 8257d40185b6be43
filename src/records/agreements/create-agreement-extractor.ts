/**
 * The agreement stage: documents signed or adopted (joint statements, memoranda, treaties, contracts,
 * agreements). Each agreement noun in a sentence that also tells of a signing ("signed", "were signed", "the
 * signing of") is paired with the nearest signing in reach, then the steps of steps/index.ts drop planned or
 * refused signings and fill in name, type, count, parties and date. A bare reference without a signing ("the
 * 2019 treaty") is not a record: the report of that signing is.
 */
import { type CueExtractor, type CueMention, createCueExtractor } from '../../mentions/cues/index.js';
import { plainApostrophes } from '../../mentions/entities/index.js';
import type {
  Agreement,
  Document,
  Entity,
  ExtractContext,
  Extractor,
  Sentence,
  TimeMention,
} from '../../types.js';
import { runSteps } from '../_run-steps.js';
import { cuesOf, defaultTimes, mainPairOf, makeView, namedBySentence } from '../commitments/index.js';
import type { AgreementDraft, AgreementEnv, AgreementStep } from './_draft.js';
import { AGREEMENT_STEPS } from './steps/index.js';

/** Options of the agreement stage: cue and time extractors, other steps (tests). */
export interface AgreementExtractorOptions {
  cues?: CueExtractor;
  times?: Extractor<TimeMention>;
  steps?: readonly AgreementStep[];
}

/** An agreement with its count word ("several") and the index of its sentence. */
export interface AgreementRecord extends Agreement {
  countWord: string | null;
  sentenceIndex: number;
}

/** The agreement stage of a document, given its entities. */
export interface AgreementExtractor {
  name: 'agreements';
  extractDocument(
    document: Document,
    entities: readonly Entity[],
    ctx?: Partial<ExtractContext>,
  ): AgreementRecord[];
}

/** Most tokens between an agreement noun and its signing. */
const MAX_DISTANCE = 12;

const noDebug = (): void => {};

/** The signing nearest to `noun` within reach, or null; `signs` are in text order, so bisection finds it. */
function nearestSigning(noun: CueMention, signs: readonly CueMention[]): CueMention | null {
  let low = 0;
  let high = signs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((signs[mid] as CueMention).tokens[0] < noun.tokens[0]) low = mid + 1;
    else high = mid;
  }
  let best: CueMention | null = null;
  let bestDistance = MAX_DISTANCE + 1;
  for (const sign of [signs[low - 1], signs[low]]) {
    if (!sign) continue;
    const distance =
      sign.tokens[0] >= noun.tokens[1] ? sign.tokens[0] - noun.tokens[1] : noun.tokens[0] - sign.tokens[1];
    if (distance >= 0 && distance < bestDistance) {
      best = sign;
      bestDistance = distance;
    }
  }
  return best;
}

/** The record of a kept draft. */
function toAgreement(draft: AgreementDraft): AgreementRecord {
  const { tokens, sentence } = draft.view;
  const nameStart = tokens.start(draft.nameFirst);
  const nameStop = tokens.end(draft.nameEnd - 1);
  const start = Math.min(nameStart, draft.sign.start - sentence.start);
  const end = Math.max(nameStop, draft.sign.end - sentence.start);
  return {
    text: sentence.text.slice(start, end),
    start: sentence.start + start,
    end: sentence.start + end,
    name: plainApostrophes(sentence.text.slice(nameStart, nameStop)),
    type: draft.noun.agreementType ?? 'agreement',
    parties: draft.parties,
    count: draft.count,
    countWord: draft.countWord,
    date: draft.date,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
  };
}

/**
 * Builds the agreement extractor: on the seed report, `extractDocument(doc, entities)` gives the "Joint
 * Statement" (joint statement, count 1, CN and KZ, 2024-07-03) and "investment agreements" (agreement, count
 * word "several", CN and KZ, 2024-07-03).
 */
export function createAgreementExtractor(options: AgreementExtractorOptions = {}): AgreementExtractor {
  const cues = options.cues ?? createCueExtractor();
  const times = options.times ?? defaultTimes();
  const steps = options.steps ?? AGREEMENT_STEPS;
  return {
    name: 'agreements',
    extractDocument(document, entities, ctx = {}) {
      const context: ExtractContext = {
        published: document.published,
        lang: document.lang ?? 'en',
        debug: noDebug,
        ...ctx,
      };
      const table = cues.tableFor(context.lang);
      // Sentences that tell of a signing first; their named spans only.
      const signing: [number, NonNullable<ReturnType<typeof cuesOf>>][] = [];
      for (let position = 0; position < document.sentences.length; position++) {
        const scanned = cuesOf(document, position, table);
        if (scanned?.cues.some((cue) => cue.cue === 'sign')) signing.push([position, scanned]);
      }
      if (signing.length === 0) return [];
      const env: AgreementEnv = { ctx: context, language: table.language, pair: mainPairOf(entities), times };
      const wanted = new Set(signing.map(([position]) => document.sentences[position]?.index ?? -1));
      const named = namedBySentence(entities, document.sentences, wanted);
      const records: AgreementRecord[] = [];
      for (const [position, scanned] of signing) {
        const sentence = document.sentences[position] as Sentence;
        const signs = scanned.cues.filter((cue) => cue.cue === 'sign');
        const view = makeView(sentence, scanned, named.get(sentence.index) ?? []);
        for (const noun of scanned.cues) {
          if (noun.cue !== 'agreement') continue;
          const sign = nearestSigning(noun, signs);
          if (!sign) continue;
          const draft: AgreementDraft = {
            view,
            noun,
            sign,
            nameFirst: noun.tokens[0],
            nameEnd: noun.tokens[1],
            count: null,
            countWord: null,
            parties: [],
            date: null,
            dropped: null,
          };
          if (runSteps(steps, draft, env)) {
            context.debug(
              () => `agreements: "${noun.text}" in sentence ${sentence.index} dropped: ${draft.dropped}`,
            );
            continue;
          }
          records.push(toAgreement(draft));
        }
      }
      return records;
    },
  };
}
