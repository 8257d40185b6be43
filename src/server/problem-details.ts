import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AccordError, type AccordErrorCode } from '../errors.js';
import type { Problem } from './schemas/common.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** The media type of every error the API returns (RFC 9457). */
export const PROBLEM_TYPE = 'application/problem+json';

/** Problem `type` URIs by status: one kind of problem per status the API uses. */
const TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'writes-disabled',
  404: 'not-found',
  408: 'timeout',
  413: 'too-large',
  415: 'unsupported-media-type',
  502: 'upstream',
};

/** The one HTTP error type of the server: a status and a sentence for the reader. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: { headers?: Record<string, string> } = {}) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.headers = options.headers ?? {};
  }
}

/** A problem document: `problem(404, 'no document 35154b', '/api/documents/35154b')`. */
export function problem(
  status: number,
  detail: string,
  instance: string,
  errors?: Problem['errors'],
): Problem {
  return {
    type: `urn:accord:problem:${TYPES[status] ?? (status >= 500 ? 'internal' : 'bad-request')}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(errors ? { errors } : {}),
  };
}

/** Status of an AccordError: bad input is the client's (400), an unreachable URL the upstream's (502). */
const ACCORD_STATUS: Partial<Record<AccordErrorCode, number>> = {
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  HTTP: 502,
  NETWORK: 502,
  TIMEOUT: 502,
  BAD_STORE: 500,
  STORE_TOO_NEW: 500,
};

interface ValidationIssue {
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown>;
}

const CONTEXTS: Record<string, string> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

/** Each failed check of a validation error as `{name, in, message}`: `limit` in query "must be <= 500". */
function invalidParams(issues: readonly ValidationIssue[], context: string | undefined): Problem['errors'] {
  const where = CONTEXTS[context ?? ''] ?? context ?? 'query';
  const seen = new Set<string>();
  const out: NonNullable<Problem['errors']> = [];
  for (const issue of issues) {
    const missing = issue.params?.missingProperty;
    const extra = issue.params?.additionalProperty;
    const allowed = issue.params?.allowedValues;
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const name =
      typeof missing === 'string' ? missing : typeof extra === 'string' ? extra : path || '(request)';
    let message = issue.message ?? 'is not valid';
    if (Array.isArray(allowed)) message = `must be one of: ${allowed.join(', ')}`;
    if (typeof extra === 'string') message = 'is not a known field';
    const key = `${name}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, in: where, message });
  }
  return out;
}

/** The status and detail of any error thrown while handling a request. */
function describe(error: FastifyError | Error): {
  status: number;
  detail: string;
  errors?: Problem['errors'];
} {
  if (error instanceof HttpProblem) return { status: error.status, detail: error.message };
  if (error instanceof AccordError)
    return { status: ACCORD_STATUS[error.code] ?? 400, detail: error.message };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const errors = invalidParams(fastifyError.validation, fastifyError.validationContext);
    const detail = (errors ?? []).map((e) => `${e.in} parameter ${e.name} ${e.message}`).join('; ');
    return { status: 400, detail, errors };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return { status, detail: error.message };
  return { status: 500, detail: 'the server failed to answer; the log has the cause' };
}

/** The server's one error handler: every error becomes a problem document; 5xx are logged, 4xx are not. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const { status, detail, errors } = describe(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (error instanceof HttpProblem) reply.headers(error.headers);
  return reply
    .code(status)
    .type(PROBLEM_TYPE)
    .send(problem(status, detail, request.url, errors));
}

/** 404 for any unknown route. */
export function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .type(PROBLEM_TYPE)
    .send(problem(404, `no such resource: ${request.method} ${request.url.split('?')[0]}`, request.url));
}

/**
 * Errors before a request exists (a client too slow to send its headers, a malformed request line): written to the
 * socket as a problem document, then the socket is closed.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = timeout ? 408 : tooLarge ? 431 : 400;
  const detail = timeout
    ? 'the request was not received in time'
    : tooLarge
      ? 'the request headers are too large'
      : 'the request could not be parsed';
  const body = JSON.stringify(problem(status, detail, ''));
  if (socket.writable) {
    const headers = Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
