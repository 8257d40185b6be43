/** Codes of the errors Accord reports at its boundaries; each names a kind of bad input or failure. */
export type AccordErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'BINARY'
  | 'BAD_ENCODING'
  | 'TOO_LARGE'
  | 'NO_TEXT'
  | 'BAD_FEED'
  | 'BAD_PDF'
  | 'HTTP'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'BAD_INPUT'
  | 'BAD_STATS'
  | 'BAD_STORE'
  | 'STORE_TOO_NEW';

/** The one error type of Accord: a code a program can test, a message a person can read, and its cause. */
export class AccordError extends Error {
  readonly code: AccordErrorCode;

  constructor(code: AccordErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AccordError';
    this.code = code;
  }
}

/** Message of any thrown value, for one-line reports: `errorMessage(new Error('x'))` is "x". */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
