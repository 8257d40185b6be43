import type { FastifyReply } from 'fastify';

/**
 * Sends a page whose items are JSON text already (as the store keeps figures), joined into the body as they are:
 * the page reads `{"items":[...],"next":...}` exactly as a serialized ListPage does, without parsing each item and
 * serializing it again. `return sendJsonPage(reply, ['{"value":1}'], null)`.
 */
export function sendJsonPage(
  reply: FastifyReply,
  items: readonly string[],
  next: string | null,
): FastifyReply {
  const body = `{"items":[${items.join(',')}],"next":${JSON.stringify(next)}}`;
  return reply.type('application/json; charset=utf-8').send(body);
}
