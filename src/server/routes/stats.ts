import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { AccordError } from '../../errors.js';
import { importStatsFile } from '../../knowledge/import-stats.js';
import { mirrorGaps } from '../../knowledge/official.js';
import type { RoutePlugin } from '../_context.js';
import { requireToken } from '../auth.js';
import { requireContentType } from '../content-type.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses, problemResponses } from '../schemas/common.js';
import { MirrorGap, StoredObservation } from '../schemas/records.js';

/** Largest statistics file POST /api/stats reads (a Comtrade export of one pair over decades is well below). */
export const STATS_BODY_LIMIT = 16 * 1024 * 1024;
const STATS_TYPES = ['text/csv', 'application/json'];

const ListQuery = Type.Object({
  parties: filterParams.parties,
  indicator: filterParams.indicator,
  ...listParams,
});
const MirrorQuery = Type.Object({ parties: filterParams.parties, ...listParams });
const PostQuery = Type.Object({
  name: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$',
    description: 'the file name; posting the same name again replaces its earlier import',
    examples: ['kz-cn-indicators.csv'],
  }),
});
const PostResult = Type.Object({
  file: Type.String(),
  imported: Type.Integer(),
  replaced: Type.Integer(),
  notes: Type.Array(Type.String()),
});

/**
 * Imports a posted statistics file: the readers work on files (they sniff, decode and stream them), so the body is
 * written to a private temporary folder under its name, read, and removed. Messages name the file, not the folder.
 */
async function importBody(store: Parameters<RoutePlugin>[1]['store'], name: string, body: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'accord-stats-'));
  const path = join(dir, name);
  try {
    await writeFile(path, body);
    return await importStatsFile(store, path, `api:${name}`);
  } catch (error) {
    if (error instanceof AccordError) throw new AccordError(error.code, error.message.replaceAll(path, name));
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** GET /api/stats, GET /api/stats/mirror, POST /api/stats: official statistics beside the claims. */
export const statsRoutes: RoutePlugin = async (app, { store, token }) => {
  // This plugin's own body parsers: a statistics file arrives whole, as bytes, whatever its type.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    STATS_TYPES,
    { parseAs: 'buffer', bodyLimit: STATS_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/stats',
    {
      schema: {
        summary: 'Imported official observations',
        tags: ['stats'],
        querystring: ListQuery,
        response: listResponses(StoredObservation),
      },
    },
    async (request, reply) => {
      const { parties, indicator } = request.query;
      const rows = await store.listObservations({ parties: readParties(parties), indicator });
      return sendPage(request, reply, pageOf(rows, request.query));
    },
  );

  app.get(
    '/api/stats/mirror',
    {
      schema: {
        summary: 'Each flow as the exporter and the importer reported it, and the gap',
        tags: ['stats'],
        querystring: MirrorQuery,
        response: listResponses(MirrorGap),
      },
    },
    async (request, reply) => {
      const rows = await store.listObservations({ parties: readParties(request.query.parties) });
      return sendPage(request, reply, pageOf(mirrorGaps(rows), request.query));
    },
  );

  app.post(
    '/api/stats',
    {
      onRequest: [requireToken(token), requireContentType(STATS_TYPES)],
      bodyLimit: STATS_BODY_LIMIT,
      schema: {
        summary: 'Import an official statistics file (CSV or Comtrade JSON); needs the bearer token',
        tags: ['stats'],
        security: [{ bearer: [] }],
        consumes: STATS_TYPES,
        querystring: PostQuery,
        body: Type.Unknown({ description: 'the statistics file, whole' }),
        response: { 201: PostResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await importBody(store, request.query.name, request.body as Buffer);
      reply.code(201);
      return { file: `api:${request.query.name}`, ...result };
    },
  );
};
