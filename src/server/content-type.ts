import type { onRequestHookHandler } from 'fastify';
import { HttpProblem } from './problem-details.js';

/**
 * Refuses a write whose Content-Type is none of the given media types with 415, before its body is read:
 * `{ onRequest: requireContentType(['application/json']) }`.
 */
export function requireContentType(types: readonly string[]): onRequestHookHandler {
  return (request, _reply, done) => {
    const given = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!types.includes(given)) {
      done(
        new HttpProblem(
          415,
          `expected Content-Type ${types.join(' or ')}, got ${given === '' ? 'none' : given}`,
        ),
      );
      return;
    }
    done();
  };
}
