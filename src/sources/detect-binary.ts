import { BINARY_SCAN_BYTES } from './_constants.js';

interface Magic {
  label: string;
  /** Bytes expected at `offset`; null matches any byte. */
  bytes: readonly (number | null)[];
  offset?: number;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// Signatures of the binary files people hand over by mistake; PDF is read, so it is not here.
const MAGIC: readonly Magic[] = [
  { label: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { label: 'GIF image', bytes: ascii('GIF8') },
  { label: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { label: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { label: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { label: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { label: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { label: 'BZIP2 archive', bytes: ascii('BZh') },
  { label: 'XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { label: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { label: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { label: 'RAR archive', bytes: ascii('Rar!') },
  {
    label: 'Microsoft Office document (doc, xls, ppt)',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { label: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { label: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { label: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { label: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { label: 'SQLite database', bytes: ascii('SQLite format 3') },
  { label: 'MP3 audio', bytes: ascii('ID3') },
  { label: 'Ogg media', bytes: ascii('OggS') },
  { label: 'MP4 video', bytes: ascii('ftyp'), offset: 4 },
];

/** What a binary file is, or null for text: `detectBinary(pngBytes)` is "PNG image", `detectBinary(utf8Bytes)` is null. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) if (matches(bytes, magic)) return magic.label;
  // UTF-16 text is full of NUL bytes; with its byte order mark it is text, not binary.
  if (hasUtf16Bom(bytes)) return null;
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary data (NUL bytes)';
  return null;
}

function matches(bytes: Uint8Array, magic: Magic): boolean {
  const offset = magic.offset ?? 0;
  if (bytes.length < offset + magic.bytes.length) return false;
  return magic.bytes.every((expected, i) => expected === null || bytes[offset + i] === expected);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}
