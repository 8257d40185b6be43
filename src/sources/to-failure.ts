import { AccordError, errorMessage } from '../errors.js';
import type { SourceResult } from './_types.js';

/** A failed input as a result; an unexpected error becomes UNREADABLE: `toFailure('a.txt', error)`. */
export function toFailure(source: string, error: unknown): SourceResult {
  const accordError =
    error instanceof AccordError
      ? error
      : new AccordError('UNREADABLE', `could not read: ${errorMessage(error)}`, { cause: error });
  return { ok: false, source, error: accordError };
}
