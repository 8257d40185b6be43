import { Type } from '@sinclair/typebox';
import { documentCursor } from '../../store/cursor.js';
import type { RoutePlugin } from '../_context.js';
import { requireToken } from '../auth.js';
import { requireContentType } from '../content-type.js';
import { sendPage } from '../csv.js';
import { ingestBody } from '../ingest-body.js';
import { HttpProblem } from '../problem-details.js';
import {
  filterParams,
  IsoDate,
  listParams,
  listResponses,
  Nullable,
  problemResponses,
  StringEnum,
} from '../schemas/common.js';
import { DocumentDetail, DocumentSummary } from '../schemas/records.js';

/** Largest JSON body POST /api/documents reads. */
export const DOCUMENT_BODY_LIMIT = 2 * 1024 * 1024;
/** Time and size allowed for a posted URL, as `accord ingest --timeout --max-bytes`. */
const URL_TIMEOUT_MS = 15_000;
const URL_MAX_BYTES = 20 * 1024 * 1024;

const ListQuery = Type.Object({
  outlet: filterParams.outlet,
  lang: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}$', description: 'ISO 639-1 code' })),
  since: Type.Optional(IsoDate('published on or after')),
  until: Type.Optional(IsoDate('published on or before')),
  sort: Type.Optional(StringEnum(['-published'], { description: 'newest published first (undated last)' })),
  ...listParams,
});

const Id = Type.Object({
  id: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'the id, or a unique prefix of 4 or more hex digits',
  }),
});

/** One of text, html or url (checked in the handler, where the problem can say so in one sentence), and metadata. */
const PostBody = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, description: 'plain text or Markdown' })),
    html: Type.Optional(Type.String({ minLength: 1, description: 'an HTML page or fragment' })),
    url: Type.Optional(
      Type.String({ pattern: '^https?://', maxLength: 2000, description: 'an http(s) URL' }),
    ),
    title: Type.Optional(Type.String({ maxLength: 500 })),
    outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    published: Type.Optional(IsoDate('publication date')),
    lang: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}$', description: 'ISO 639-1 code' })),
  },
  { additionalProperties: false, description: 'exactly one of text, html or url' },
);

const PostResult = Type.Object({
  id: Type.String({ description: 'the first document' }),
  stored: Type.Boolean({ description: 'true when any document was new' }),
  documents: Type.Array(
    Type.Object({
      id: Type.String(),
      stored: Type.Boolean(),
      title: Nullable(Type.String()),
      source: Type.String(),
    }),
  ),
  failed: Type.Array(Type.Object({ source: Type.String(), reason: Type.String() })),
});

/** GET /api/documents, GET /api/documents/:id, POST /api/documents. */
export const documentRoutes: RoutePlugin = async (app, { store, token }) => {
  app.get(
    '/api/documents',
    {
      schema: {
        summary: 'Stored documents, newest first',
        tags: ['documents'],
        querystring: ListQuery,
        response: listResponses(DocumentSummary),
      },
    },
    async (request, reply) => {
      const { limit, cursor, outlet, lang, since, until } = request.query;
      const rows = await store.listDocuments({
        outlet,
        lang: lang?.toLowerCase(),
        since,
        until,
        limit: limit + 1,
        after: cursor,
      });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      const next = rows.length > limit && last ? documentCursor(last) : null;
      return sendPage(request, reply, { items, next });
    },
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        summary: 'One document: text, sentences and every record with its span',
        tags: ['documents'],
        params: Id,
        response: { 200: DocumentDetail, ...problemResponses },
      },
    },
    async (request) => {
      const document = await store.getDocument(request.params.id);
      if (!document) throw new HttpProblem(404, `no document with id ${request.params.id}`);
      const records = await store.getRecords(document.id);
      return {
        ...document,
        extractor: records?.extractor ?? null,
        figures: (records?.figures ?? []).map((figure, ord) => ({ ord, ...figure })),
        entities: records?.entities ?? [],
        commitments: (records?.commitments ?? []).map((commitment, ord) => ({ ord, ...commitment })),
        agreements: (records?.agreements ?? []).map((agreement, ord) => ({ ord, ...agreement })),
      };
    },
  );

  app.post(
    '/api/documents',
    {
      onRequest: [requireToken(token), requireContentType(['application/json'])],
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        summary: 'Ingest a document (text, HTML or a URL); needs the bearer token',
        tags: ['documents'],
        security: [{ bearer: [] }],
        body: PostBody,
        response: { 200: PostResult, 201: PostResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      const given = (['text', 'html', 'url'] as const).filter((key) => request.body[key] !== undefined);
      if (given.length !== 1) {
        throw new HttpProblem(
          400,
          `give exactly one of text, html or url (got ${given.join(', ') || 'none'})`,
        );
      }
      const result = await ingestBody(store, request.body, {
        maxBytes: URL_MAX_BYTES,
        timeoutMs: URL_TIMEOUT_MS,
        follow: false,
      });
      const first = result.documents[0] as (typeof result.documents)[number];
      const stored = result.documents.some((d) => d.stored);
      reply.code(stored ? 201 : 200);
      if (stored) reply.header('location', `/api/documents/${first.id}`);
      return { id: first.id, stored, ...result };
    },
  );
};
