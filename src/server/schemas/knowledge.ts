import { Type } from '@sinclair/typebox';
import { Nullable } from './common.js';
import { Direction, Period, StoredCommitment } from './records.js';

/** Schemas of what src/knowledge builds from the records: observations, series, targets, tracked commitments. */

export const ObservationSource = Type.Object({
  document: Type.String(),
  ord: Type.Integer(),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  source: Type.String(),
  kind: Type.String({ description: 'official, implementing agency, international body, media or other' }),
  reporter: Nullable(Type.String()),
  value: Type.Number(),
  approx: Nullable(Type.String()),
  text: Type.String(),
  sentence: Type.String(),
});

export const Conflict = Type.Object({
  spread: Type.Number(),
  sides: Type.Array(Type.Object({ value: Type.Number(), sources: Type.Array(ObservationSource) })),
  cause: Nullable(Type.String()),
  explanation: Type.String(),
});

export const OfficialComparison = Type.Object({
  value: Type.Number(),
  unit: Type.String(),
  reporter: Nullable(Type.String()),
  source: Type.String(),
  file: Type.String(),
  ratio: Type.Number(),
});

export const Observation = Type.Object({
  key: Type.String(),
  indicator: Type.String(),
  parties: Type.Array(Type.String()),
  direction: Nullable(Direction),
  period: Period,
  unit: Type.String(),
  sources: Type.Array(ObservationSource),
  consensus: Type.Object({
    value: Type.Number(),
    document: Type.String(),
    outlet: Nullable(Type.String()),
    reason: Type.String(),
  }),
  corroboration: Type.Integer(),
  conflict: Nullable(Conflict),
  official: Type.Optional(Type.Array(OfficialComparison)),
});

export const Series = Type.Object({
  key: Type.String(),
  indicator: Type.String(),
  parties: Type.Array(Type.String()),
  direction: Nullable(Direction),
  unit: Type.String(),
  observations: Type.Array(Observation),
});

const TargetStatement = Type.Object({
  document: Type.String(),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  value: Type.Number(),
  text: Type.String(),
  deadline: Nullable(Period),
  sentence: Type.String(),
});

export const TargetProgress = Type.Object({
  indicator: Type.String(),
  parties: Type.Array(Type.String()),
  unit: Type.String(),
  current: TargetStatement,
  revisions: Type.Array(TargetStatement),
  latest: Nullable(
    Type.Object({
      value: Type.Number(),
      period: Period,
      outlet: Nullable(Type.String()),
      document: Type.String(),
    }),
  ),
  progress: Nullable(Type.Number()),
  paceNeeded: Nullable(Type.Number()),
});

export const TrackedCommitment = Type.Object({
  commitment: StoredCommitment,
  status: Type.String(),
  history: Type.Array(
    Type.Object({
      status: Type.String(),
      date: Nullable(Type.String()),
      document: Nullable(Type.String()),
      outlet: Nullable(Type.String()),
      sentence: Nullable(Type.String()),
      reason: Type.String(),
      uncertain: Type.Boolean(),
    }),
  ),
});

export const Headline = Type.Object({
  indicator: Type.String(),
  label: Type.String(),
  unit: Type.String(),
  direction: Nullable(Direction),
  period: Period,
  value: Type.Number({ description: 'the consensus of the latest observation' }),
  sources: Type.Integer(),
  outlet: Nullable(Type.String()),
  document: Type.String(),
  conflict: Type.Boolean(),
});

export const Relationship = Type.Object({
  parties: Type.Array(Type.String()),
  label: Type.String({ examples: ['China–Kazakhstan'] }),
  documents: Type.Integer(),
  figures: Type.Integer(),
  commitments: Type.Integer(),
  agreements: Type.Integer(),
  latest: Nullable(Type.String({ description: "newest published date among the pair's figures" })),
  headlines: Type.Array(Headline),
});
