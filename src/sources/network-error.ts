import { AccordError, errorMessage } from '../errors.js';

/** The seconds of a timeout for people: `formatSeconds(15000)` is "15 s", `formatSeconds(300)` is "0.3 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * A failed fetch as an AccordError: a timeout is TIMEOUT "no answer within 15 s", a refused connection,
 * an unknown host or a redirect loop NETWORK: `networkError(error, 15000)`.
 */
export function networkError(error: unknown, timeoutMs: number): AccordError {
  if (error instanceof AccordError) return error;
  const name = (error as Error | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AccordError('TIMEOUT', `no answer within ${formatSeconds(timeoutMs)}`, { cause: error });
  }
  const cause = (error as { cause?: NodeJS.ErrnoException } | null)?.cause;
  const code = cause?.code;
  if (cause?.message?.includes('redirect count exceeded')) {
    return new AccordError('NETWORK', 'redirect loop or too many redirects', { cause: error });
  }
  if (code === 'ERR_INVALID_URL') return new AccordError('BAD_INPUT', 'invalid URL', { cause: error });
  const reason = code ? REASONS[code] : undefined;
  if (reason) return new AccordError('NETWORK', reason, { cause: error });
  const detail = cause ? errorMessage(cause) : errorMessage(error);
  return new AccordError('NETWORK', `request failed: ${detail}`, { cause: error });
}

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name lookup failed (DNS)',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
};
