import { tooLargeError } from './format-bytes.js';

/** All bytes of a stream, refused once past the limit: `await readStreamBytes(process.stdin, 20 * 1024 * 1024)`. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLargeError(null, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
