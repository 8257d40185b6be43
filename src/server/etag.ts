import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Conditional reads. The ETag is a hash of the response body, not a store version: a body changes when a document is
 * ingested, reprocessed or a statistics file imported, whoever wrote it (this server, the CLI, another process), and
 * the hash of a page costs microseconds. Clients revalidate every time (no-cache), and get 304 with no body when the
 * page is unchanged.
 */
export const READ_CACHE_CONTROL = 'no-cache';

/** The strong ETag of a body: `etagOf('{"items":[]}')` is a quoted base64url SHA-1. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when If-None-Match names this ETag (or is `*`); weak validators compare equal to strong ones. */
function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Adds ETag and Cache-Control to successful GETs under /api/, answering 304 when If-None-Match matches. */
export function addConditionalReads(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const readable = typeof payload === 'string' || Buffer.isBuffer(payload);
    if (
      request.method !== 'GET' ||
      reply.statusCode !== 200 ||
      !readable ||
      !request.url.startsWith('/api/')
    ) {
      done(null, payload);
      return;
    }
    // Encoded to UTF-8 once: the hash, Content-Length and the socket share these bytes, where a string body is
    // encoded by the hash, measured for Content-Length and copied again into the socket's write.
    const body = typeof payload === 'string' ? Buffer.from(payload) : (payload as Buffer);
    const etag = etagOf(body);
    reply.header('etag', etag).header('cache-control', READ_CACHE_CONTROL);
    if (matches(request, etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      done(null, '');
      return;
    }
    done(null, body);
  });
}
