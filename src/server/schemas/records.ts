import { Type } from '@sinclair/typebox';
import { Nullable } from './common.js';

/** Schemas of the records of src/types.ts, field for field, as the API returns them. */

export const Period = Type.Object({
  label: Type.String({ examples: ['2023', 'by 2030'] }),
  start: Nullable(Type.String()),
  end: Nullable(Type.String()),
});

export const Direction = Type.Object({ from: Type.String(), to: Type.String() });

const Codes = Type.Array(Type.String({ description: 'ISO 3166-1 alpha-2' }));

export const Sentence = Type.Object({
  index: Type.Integer(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
});

const documentFields = {
  id: Type.String({ description: '16 hex digits' }),
  source: Type.String(),
  format: Type.String({ description: 'text, markdown, html, feed or pdf' }),
  outlet: Nullable(Type.String()),
  title: Nullable(Type.String()),
  author: Nullable(Type.String()),
  published: Nullable(Type.String()),
  lang: Nullable(Type.String()),
};

export const DocumentSummary = Type.Object({
  ...documentFields,
  ingested: Type.String({ description: 'ISO date-time it was stored' }),
  chars: Type.Integer({ description: 'length of the text' }),
});

const figureFields = {
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  value: Nullable(Type.Number()),
  low: Nullable(Type.Number()),
  high: Nullable(Type.Number()),
  unit: Type.String(),
  approx: Nullable(Type.String()),
  measure: Nullable(Type.String()),
  indicator: Nullable(Type.String()),
  parties: Codes,
  direction: Nullable(Direction),
  period: Nullable(Period),
  kind: Type.String({ description: 'actual, target, change or share' }),
  change: Nullable(
    Type.Object({
      factor: Type.Optional(Type.Number()),
      percent: Type.Optional(Type.Number()),
      delta: Type.Optional(Type.Number()),
    }),
  ),
  sentence: Type.String(),
};

/** A figure of one document, with its position in the document's figures. */
export const DocumentFigure = Type.Object({ ord: Type.Integer(), ...figureFields });

export const StoredFigure = Type.Object({
  ...figureFields,
  document: Type.String(),
  ord: Type.Integer(),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  source: Type.String(),
});

export const Entity = Type.Object({
  id: Type.String(),
  type: Type.String({ description: 'person, country, organization, place or initiative' }),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  role: Nullable(Type.String()),
  country: Nullable(Type.String()),
  mentions: Type.Array(
    Type.Object({
      start: Type.Integer(),
      end: Type.Integer(),
      text: Type.String(),
      sentence: Type.Integer(),
    }),
  ),
});

const commitmentFields = {
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  actors: Codes,
  actorEntities: Type.Array(Type.String()),
  action: Type.String(),
  object: Type.String(),
  sectors: Type.Array(Type.String()),
  deadline: Nullable(Period),
  figure: Nullable(Type.Integer({ description: "index into the document's figures" })),
  status: Type.String(),
  cue: Type.String(),
  sentence: Type.String(),
};

const agreementFields = {
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  name: Type.String(),
  type: Type.String(),
  parties: Codes,
  count: Nullable(Type.Integer()),
  date: Nullable(Type.String()),
  sentence: Type.String(),
};

const storedFields = {
  document: Type.String(),
  ord: Type.Integer(),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
};

export const DocumentCommitment = Type.Object({ ord: Type.Integer(), ...commitmentFields });
export const DocumentAgreement = Type.Object({ ord: Type.Integer(), ...agreementFields });
export const StoredCommitment = Type.Object({ ...commitmentFields, ...storedFields });
export const StoredAgreement = Type.Object({ ...agreementFields, ...storedFields });

/** One document with its text, sentences and every record extracted from it. */
export const DocumentDetail = Type.Object({
  ...documentFields,
  text: Type.String(),
  sentences: Type.Array(Sentence),
  extractor: Nullable(Type.String({ description: 'version of the extractors; null when not extracted' })),
  figures: Type.Array(DocumentFigure),
  entities: Type.Array(Entity),
  commitments: Type.Array(DocumentCommitment),
  agreements: Type.Array(DocumentAgreement),
});

export const EntitySummary = Type.Object({
  id: Type.String(),
  type: Type.String(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  roles: Type.Array(Type.String()),
  country: Nullable(Type.String()),
  documents: Type.Integer(),
  mentions: Type.Integer(),
});

export const SearchHit = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  source: Type.String(),
  rank: Type.Number({ description: 'BM25; lower is better' }),
  snippet: Type.String({ description: 'plain text around the matches' }),
  highlights: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() }), {
    description: 'matched ranges in snippet (string indices)',
  }),
});

export const StoredObservation = Type.Object({
  indicator: Type.String(),
  parties: Codes,
  direction: Nullable(Direction),
  reporter: Nullable(Type.String()),
  period: Period,
  value: Type.Number(),
  unit: Type.String(),
  source: Type.String(),
  flow: Nullable(Type.String({ description: 'X or M (Comtrade)' })),
  isReported: Nullable(Type.Boolean()),
  row: Type.Integer(),
  file: Type.String(),
  imported: Type.String(),
});

export const MirrorGap = Type.Object({
  period: Type.String(),
  from: Type.String(),
  to: Type.String(),
  unit: Type.String(),
  exports: Type.Number(),
  imports: Type.Number(),
  gap: Type.Number(),
  ratio: Type.Number(),
});
