/** Internal state of the commitment stage: one cue in one sentence, filled in step by step. */
import type { CueLanguage, CueMention } from '../../mentions/cues/index.js';
import type {
  CommitmentStatus,
  Document,
  ExtractContext,
  Extractor,
  Figure,
  Period,
  TimeMention,
} from '../../types.js';
import type { SectorTable } from './sectors.js';
import type { SentenceView } from './sentence-view.js';

/** A cue being turned into a commitment (or dropped, with the reason). */
export interface CommitmentDraft {
  view: SentenceView;
  cue: CueMention;
  /** Index of the cue in view.cues. */
  cueIndex: number;
  /** Token range of the clause before the cue, where its subject stands. */
  subjectFirst: number;
  /** The action verb, lower case base form, once found. */
  action: string | null;
  /** Token range of what is promised. */
  objectFirst: number;
  objectEnd: number;
  actors: string[];
  actorEntities: string[];
  sectors: string[];
  deadline: Period | null;
  deadlineMention: TimeMention | null;
  figure: number | null;
  status: CommitmentStatus;
  /** Set by the step that decides the cue is no commitment: the reason, for debugging. */
  dropped: string | null;
}

/** What every step sees besides the drafts. */
export interface CommitmentEnv {
  ctx: ExtractContext;
  language: CueLanguage;
  figures: readonly Figure[];
  /** The two countries the document is about, sorted. */
  pair: readonly string[];
  sectors: SectorTable;
  times: Extractor<TimeMention>;
  /** Time mentions of a sentence, computed once per sentence. */
  timesOf(view: SentenceView): TimeMention[];
  /** The document being read: a step may look past the sentence (a list set out after a colon). */
  document: Document;
}

/** A step: fills in or drops drafts (a dropped draft keeps its reason in `dropped`). */
export interface CommitmentStep {
  name: string;
  run(draft: CommitmentDraft, env: CommitmentEnv): void;
}
