import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/sources/decode-bytes.js';
import {
  charsetFromContentType,
  charsetFromHtml,
  charsetFromXml,
} from '../../src/sources/find-declared-charset.js';
import { findInvalidUtf8 } from '../../src/sources/find-invalid-utf8.js';
import { encodeLegacy } from './_helpers.js';

const concat = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('findInvalidUtf8', () => {
  it.each([
    ['valid ASCII', [0x41, 0x42], -1],
    ['valid Cyrillic', [...Buffer.from('Мир')], -1],
    ['valid emoji', [...Buffer.from('🌍')], -1],
    ['lone continuation byte', [0x41, 0x80], 1],
    ['0xFF', [0x41, 0x42, 0xff], 2],
    ['overlong two-byte', [0x41, 0xc0, 0xaf], 1],
    ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
    ['surrogate half', [0x61, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['windows-1251 byte after valid Cyrillic', [...Buffer.from('Мир '), 0xcc], 7],
  ])('%s', (_name, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('finds the offset deep in a long file', () => {
    const bytes = concat('a'.repeat(1234), [0xc3, 0x28], 'tail');
    expect(findInvalidUtf8(bytes)).toBe(1234);
  });
});

describe('declared charsets', () => {
  it.each([
    ['text/html; charset=windows-1251', 'windows-1251'],
    ['text/html;charset="GBK"', 'gbk'],
    ['application/rss+xml', null],
    [null, null],
  ])('Content-Type %j declares %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  it.each([
    ['<head><meta charset="gbk"><title>x</title>', 'gbk'],
    ['<meta charset=windows-1251>', 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', 'koi8-r'],
    ['<meta name="charset-notes" content="none">', null],
    ['<html><head><title>x</title></head>', null],
  ])('HTML %j declares %s', (head, expected) => {
    expect(charsetFromHtml(head)).toBe(expected);
  });

  it.each([
    ['<?xml version="1.0" encoding="windows-1251"?><rss>', 'windows-1251'],
    ["<?xml version='1.0' encoding='UTF-8'?>", 'utf-8'],
    ['<?xml version="1.0"?><rss>', null],
  ])('XML %j declares %s', (head, expected) => {
    expect(charsetFromXml(head)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  it('decodes by byte order mark first: UTF-8, UTF-16LE, UTF-16BE', () => {
    const text = 'Торговля: $41 млрд';
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], text), { format: 'text' })).toBe(text);
    expect(decodeBytes(concat([0xff, 0xfe], Buffer.from(text, 'utf16le')), { format: 'text' })).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(concat([0xfe, 0xff], be), { format: 'markdown' })).toBe(text);
  });

  it('decodes a windows-1251 page by its meta charset', () => {
    const html = concat(
      '<meta charset="windows-1251"><p>',
      encodeLegacy('Товарооборот вырос', 'windows-1251'),
      '</p>',
    );
    expect(decodeBytes(html, { format: 'html' })).toContain('Товарооборот вырос');
  });

  it('decodes a GBK page by its http-equiv declaration', () => {
    const html = concat(
      '<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>',
      encodeLegacy('中哈贸易额达到410亿美元', 'gbk'),
      '</p>',
    );
    expect(decodeBytes(html, { format: 'html' })).toContain('中哈贸易额达到410亿美元');
  });

  it('lets the HTTP header win over the page', () => {
    const html = concat('<meta charset="utf-8"><p>', encodeLegacy('Мир', 'koi8-r'), '</p>');
    expect(decodeBytes(html, { format: 'html', declared: 'koi8-r' })).toContain('Мир');
  });

  it('decodes a feed by its XML declaration', () => {
    const xml = concat(
      '<?xml version="1.0" encoding="windows-1251"?><rss><title>',
      encodeLegacy('Новости', 'windows-1251'),
    );
    expect(decodeBytes(xml, { format: 'feed' })).toContain('Новости');
  });

  it('reads undeclared non-UTF-8 HTML as windows-1252, as browsers do', () => {
    const html = concat('<p>Caf', [0xe9], ' in Almaty</p>');
    expect(decodeBytes(html, { format: 'html' })).toBe('<p>Café in Almaty</p>');
  });

  it('ignores a charset label Node does not know', () => {
    expect(decodeBytes(concat('<meta charset="x-unknown"><p>ok</p>'), { format: 'html' })).toContain(
      '<p>ok</p>',
    );
  });

  it.each(['text', 'markdown'] as const)(
    'refuses undeclared invalid UTF-8 in %s with the byte offset',
    (format) => {
      const bytes = concat('Trade reached $41 billion. ', [0xcf, 0xf0, 0xe8]);
      expect(() => decodeBytes(bytes, { format })).toThrowError(
        expect.objectContaining({
          code: 'BAD_ENCODING',
          message: 'not valid UTF-8 at byte 27; declare the encoding or convert the file',
        }),
      );
    },
  );
});
