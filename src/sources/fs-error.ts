import { AccordError, errorMessage } from '../errors.js';

/** A file system error as an AccordError: `fsError(enoent)` is NOT_FOUND "no such file or directory". */
export function fsError(error: unknown): AccordError {
  if (error instanceof AccordError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AccordError('NOT_FOUND', 'no such file or directory', { cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM')
    return new AccordError('UNREADABLE', 'permission denied', { cause: error });
  if (code === 'ELOOP') return new AccordError('UNREADABLE', 'symbolic link loop', { cause: error });
  return new AccordError('UNREADABLE', `cannot read: ${errorMessage(error)}`, { cause: error });
}
