import { describe, expect, it } from 'vitest';
import { detectBinary } from '../../src/sources/detect-binary.js';
import { chooseFormat, formatHint, sniffFormat } from '../../src/sources/sniff-format.js';

const bytes = (text: string) => Buffer.from(text);

describe('sniffFormat', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ', 'pdf'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">', 'feed'],
    ['<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'feed'],
    ['<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY a "b"> ]>\n<rss>', 'feed'],
    ['<!DOCTYPE html><html><body>', 'html'],
    ['  \n<!doctype HTML>', 'html'],
    ['<html lang="en">', 'html'],
    ['<!-- saved page --><HTML>', 'html'],
    ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">', 'html'],
    ['<?xml version="1.0"?><urlset>', 'xml'],
    ['Kazakhstan and China signed 45 agreements.', null],
    ['# Heading\n\nText', 'markdown'],
    ['\n---\ntitle: Talks\n---\nText', 'markdown'],
    ['#hashtag trade', null],
    ['<p>a fragment</p>', null],
    ['<feeds>', null],
    ['<header>site</header>', null],
  ])('%j is %s', (text, expected) => {
    expect(sniffFormat(bytes(text))).toBe(expected);
  });

  it('reads past a UTF-8 byte order mark and through UTF-16', () => {
    expect(sniffFormat(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('<rss>')]))).toBe('feed');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')]))).toBe(
      'html',
    );
  });
});

describe('formatHint and chooseFormat', () => {
  it.each([
    ['.md', 'markdown'],
    ['.HTM', 'html'],
    ['.atom', 'feed'],
    ['text/html; charset=utf-8', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/pdf', 'pdf'],
    ['text/plain', 'text'],
    ['image/png', null],
    ['', null],
    ['.docx', null],
    ['constructor', null], // a key of Object's prototype, not of the table
  ])('%j hints %s', (key, expected) => {
    expect(formatHint(key)).toBe(expected);
  });

  it.each([
    ['pdf', 'text', 'pdf'],
    ['html', 'markdown', 'html'],
    ['xml', 'html', 'html'],
    ['xml', null, 'feed'],
    [null, 'markdown', 'markdown'],
    ['markdown', null, 'markdown'],
    ['markdown', 'text', 'text'],
    [null, 'html', 'html'],
    [null, null, 'text'],
  ] as const)('sniffed %s with hint %s is %s', (sniffed, hint, expected) => {
    expect(chooseFormat(sniffed, hint)).toBe(expected);
  });
});

describe('detectBinary', () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'PNG image'],
    [[0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JPEG image'],
    [[...bytes('GIF89a')], 'GIF image'],
    [[0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], 'ZIP archive or Office document'],
    [[0x1f, 0x8b, 8, 0], 'GZIP archive'],
    [[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 'ELF executable'],
    [[...bytes('SQLite format 3'), 0], 'SQLite database'],
    [[0, 0, 0, 0x20, ...bytes('ftypisom')], 'MP4 video'],
    [[...bytes('plain words'), 0, ...bytes('more')], 'binary data (NUL bytes)'],
  ])('%j is %s', (data, expected) => {
    expect(detectBinary(Uint8Array.from(data))).toBe(expected);
  });

  it.each([['Trade reached $41 billion.'], ['Торговля выросла'], ['']])('%j is text', (text) => {
    expect(detectBinary(bytes(text))).toBeNull();
  });

  it('takes UTF-16 with a byte order mark as text despite its NUL bytes', () => {
    expect(
      detectBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('trade', 'utf16le')])),
    ).toBeNull();
  });

  it('finds NUL bytes only in the first 8 KB', () => {
    const late = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]);
    expect(detectBinary(late)).toBeNull();
  });
});
