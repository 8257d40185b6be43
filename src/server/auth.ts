import { createHash, timingSafeEqual } from 'node:crypto';
import type { onRequestHookHandler } from 'fastify';
import { HttpProblem } from './problem-details.js';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * The guard of every write: `{ onRequest: requireToken(process.env.ACCORD_TOKEN) }`. With no token configured writes
 * are refused (403) and the problem says how to enable them; a missing or wrong bearer token is 401. Tokens are
 * compared as SHA-256 digests with timingSafeEqual, so the comparison takes the same time whatever the guess.
 */
export function requireToken(token: string | undefined): onRequestHookHandler {
  const expected = token ? digest(token) : null;
  return (request, _reply, done) => {
    if (expected === null) {
      done(
        new HttpProblem(
          403,
          'writes are disabled: set ACCORD_TOKEN to enable writes, then send it as a bearer token',
        ),
      );
      return;
    }
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1] as string), expected)) {
      const detail = match
        ? "the bearer token is not the server's ACCORD_TOKEN"
        : 'send Authorization: Bearer <ACCORD_TOKEN>';
      done(new HttpProblem(401, detail, { headers: { 'www-authenticate': 'Bearer realm="accord"' } }));
      return;
    }
    done();
  };
}
