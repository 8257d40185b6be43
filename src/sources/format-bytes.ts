import { AccordError } from '../errors.js';

const KB = 1024;
const MB = 1024 * 1024;

/** A byte count for people: `formatBytes(24_222_105)` is "23.1 MB", `formatBytes(20 * 1024 * 1024)` is "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trimZero((bytes / MB).toFixed(1))} MB`;
  if (bytes >= KB) return `${trimZero((bytes / KB).toFixed(1))} KB`;
  return `${bytes} B`;
}

function trimZero(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

/** The TOO_LARGE error: `tooLargeError(24_222_105, 20 * 1024 * 1024).message` is "23.1 MB over the 20 MB limit (--max-bytes)". */
export function tooLargeError(size: number | null, limit: number): AccordError {
  const what = size === null ? '' : `${formatBytes(size)} `;
  return new AccordError('TOO_LARGE', `${what}over the ${formatBytes(limit)} limit (--max-bytes)`);
}
