/** Internal state of the agreement stage: one agreement noun paired with a signing in one sentence. */
import type { CueLanguage, CueMention } from '../../mentions/cues/index.js';
import type { ExtractContext, Extractor, TimeMention } from '../../types.js';
import type { SentenceView } from '../commitments/index.js';

/** An agreement noun paired with a signing, being filled in (or dropped, with the reason). */
export interface AgreementDraft {
  view: SentenceView;
  noun: CueMention;
  sign: CueMention;
  /** Token range of the name. */
  nameFirst: number;
  nameEnd: number;
  count: number | null;
  countWord: string | null;
  parties: string[];
  date: string | null;
  dropped: string | null;
}

/** What every agreement step sees besides the draft. */
export interface AgreementEnv {
  ctx: ExtractContext;
  language: CueLanguage;
  pair: readonly string[];
  times: Extractor<TimeMention>;
}

/** A step of the agreement stage, in the order of steps/index.ts. */
export interface AgreementStep {
  name: string;
  run(draft: AgreementDraft, env: AgreementEnv): void;
}
