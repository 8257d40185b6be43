import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Relationship } from '../knowledge/relationships.js';
import { loadTaxonomy } from '../records/figures/index.js';
import type { Store } from '../store/store.js';
import type { RouteContext } from './_context.js';
import type { ListPage } from './csv.js';
import { addConditionalReads } from './etag.js';
import { createMemo } from './memo.js';
import { handleClientError, handleError, notFound } from './problem-details.js';
import { agreementRoutes } from './routes/agreements.js';
import { commitmentRoutes } from './routes/commitments.js';
import { conflictRoutes } from './routes/conflicts.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { figureRoutes } from './routes/figures.js';
import { metaRoutes } from './routes/meta.js';
import { relationshipRoutes } from './routes/relationships.js';
import { searchRoutes } from './routes/search.js';
import { seriesRoutes } from './routes/series.js';
import { statsRoutes } from './routes/stats.js';
import { targetRoutes } from './routes/targets.js';
import { addSecurityHeaders } from './security-headers.js';
import { DEFAULT_WEB_ROOT, hasWebBuild, isAppRoute, sendApp, serveWeb } from './web.js';

/** Limits that keep one client from holding the server: body size and the time a request may take to arrive. */
export const SERVER_LIMITS = {
  /** Largest body of any request unless a route allows more (POST /api/stats). */
  bodyLimit: 2 * 1024 * 1024,
  /** A request's headers and body must arrive within this (a slowloris gets 408 and is cut off). */
  requestTimeoutMs: 30_000,
  /** A connection silent for this long is closed. */
  connectionTimeoutMs: 60_000,
  /** How often Node checks connections for requestTimeout. */
  checkIntervalMs: 1_000,
};

/**
 * How long a page of the relationships overview is reused. It counts every figure of the store by pair (an index
 * scan: a few hundred milliseconds on a million figures), so page views within this time share one computation; writes through this server clear it, and writes by other
 * processes (`accord ingest` on the same store) show once it expires.
 */
export const OVERVIEW_TTL_MS = 30_000;

export interface ServerOptions {
  store: Store;
  /** Bearer token writes need (ACCORD_TOKEN); without one, writes are refused with 403. */
  token?: string | undefined;
  /** Folder of the built dashboard; served at / when it holds index.html. Defaults to dist/web. */
  webRoot?: string | undefined;
  /** Log requests (pino, JSON lines on stdout); off by default. */
  logger?: boolean | undefined;
  limits?: Partial<typeof SERVER_LIMITS> | undefined;
}

/**
 * The Accord HTTP server, not yet listening: `const app = await buildServer({ store }); await app.inject({ url:
 * '/api/figures' })` in tests, `await app.listen({ port: 8080 })` in `accord serve`. Closing it does not close the
 * store: whoever opened the store closes it.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, token, webRoot = DEFAULT_WEB_ROOT, logger = false } = options;
  const limits = { ...SERVER_LIMITS, ...options.limits };
  const app = Fastify({
    logger,
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    http: {
      headersTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    clientErrorHandler: handleClientError,
    // Every failed check is reported, so a problem lists all the bad parameters at once.
    ajv: { customOptions: { allErrors: true } },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(handleError);
  addSecurityHeaders(app);
  addConditionalReads(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Accord API',
        version: '0.1.0',
        description:
          'Figures, commitments, entities and the knowledge built from them (series, conflicts, targets, official statistics). Errors are RFC 9457 problem details; lists page with `limit` and `cursor` and export CSV with `format=csv`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  const labels = new Map(loadTaxonomy().indicators.map((i) => [i.code, i.label]));
  const overview = createMemo<ListPage<Relationship>>(OVERVIEW_TTL_MS);
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method === 'POST' && reply.statusCode < 300) overview.clear();
    done();
  });
  const context: RouteContext = { store, token, labels, overview };
  for (const routes of [
    metaRoutes,
    relationshipRoutes,
    documentRoutes,
    figureRoutes,
    seriesRoutes,
    conflictRoutes,
    targetRoutes,
    commitmentRoutes,
    agreementRoutes,
    entityRoutes,
    searchRoutes,
    statsRoutes,
  ]) {
    await app.register(routes, context);
  }

  const web = hasWebBuild(webRoot);
  if (web) await serveWeb(app, webRoot);
  app.setNotFoundHandler((request, reply) =>
    web && isAppRoute(request) ? sendApp(reply) : notFound(request, reply),
  );
  return app;
}
