import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { countryCode, countryName, createCountryExtractor } from '../../src/mentions/countries/index.js';

describe('countryCode', () => {
  it.each<[string, string | undefined, string | null]>([
    ['Kazakhstan', undefined, 'KZ'],
    ['Kazakh', undefined, 'KZ'],
    ['Kazakhs', undefined, 'KZ'],
    ["China's", undefined, 'CN'],
    ['China’s', undefined, 'CN'],
    ['china', undefined, 'CN'],
    ['the United States', undefined, 'US'],
    ['  Chinese  ', undefined, 'CN'],
    ['US', undefined, 'US'],
    ['us', undefined, null],
    ['KZ', undefined, 'KZ'],
    ['KAZ', undefined, 'KZ'],
    ['Korean', undefined, 'KR'],
    ['Congo', undefined, 'CG'],
    ['Казахстана', undefined, 'KZ'],
    ['китайский', undefined, 'CN'],
    ['哈萨克斯坦', undefined, 'KZ'],
    ['Chine', 'fr', 'CN'],
    ['Chine', undefined, null],
    ['Kasachstan', 'de', 'KZ'],
    ['China', 'xx', 'CN'],
    ['Kazakhstan and China', undefined, null],
    ['New Mexico', undefined, null],
    ['Atlantis', undefined, null],
    ['', undefined, null],
    ['ZZ', undefined, null],
  ])('countryCode(%j, %j) is %j', (text, lang, wanted) => {
    expect(countryCode(text, lang)).toBe(wanted);
  });
});

describe('countryName', () => {
  it.each([
    ['CN', 'China'],
    ['KZ', 'Kazakhstan'],
    ['US', 'United States'],
    ['RU', 'Russia'],
    ['kr', 'South Korea'],
    ['GE', 'Georgia'],
    ['ZZ', 'ZZ'],
    ['', ''],
  ])('countryName(%j) is %j', (code, wanted) => {
    expect(countryName(code)).toBe(wanted);
  });
});

describe('createCountryExtractor options', () => {
  const ctx = { published: null, lang: 'en', debug: () => {} };
  const run = (extractor: ReturnType<typeof createCountryExtractor>, text: string) =>
    extractor
      .extract({ index: 0, start: 0, end: text.length, text }, ctx)
      .map((m) => [m.text, m.code, m.form, m.rule]);

  it('adds extra demonyms, with their English plural', () => {
    const extractor = createCountryExtractor({ extraDemonyms: { KZ: ['Qazaqstani'], CN: ['Zhongguo'] } });
    expect(run(extractor, 'Qazaqstani and Qazaqstanis meet Zhongguo firms')).toEqual([
      ['Qazaqstani', 'KZ', 'adjective', 'extra'],
      ['Qazaqstanis', 'KZ', 'adjective', 'extra'],
      ['Zhongguo', 'CN', 'adjective', 'extra'],
    ]);
  });

  it('lets extra demonyms win over the data (the user decides)', () => {
    const extractor = createCountryExtractor({ extraDemonyms: { CD: ['Congolese'] } });
    expect(run(extractor, 'Congolese miners')).toEqual([['Congolese', 'CD', 'adjective', 'extra']]);
  });

  it('loads other languages on request', () => {
    const extractor = createCountryExtractor({ languages: ['en', 'de'] });
    expect(run(extractor, 'Kasachstan und China')).toEqual([
      ['Kasachstan', 'KZ', 'name', 'name:de'],
      ['China', 'CN', 'name', 'name:en'],
    ]);
  });

  it.each<[string, () => unknown]>([
    ['an unknown code', () => createCountryExtractor({ extraDemonyms: { XX: ['Xish'] } })],
    ['a lower-case code', () => createCountryExtractor({ extraDemonyms: { kz: ['Kazakh'] } })],
    [
      'a word that is not a string',
      () => createCountryExtractor({ extraDemonyms: { KZ: [42 as unknown as string] } }),
    ],
    ['an empty word', () => createCountryExtractor({ extraDemonyms: { KZ: ['  '] } })],
    ['an unknown language', () => createCountryExtractor({ languages: ['xx'] })],
  ])('rejects %s with AccordError BAD_INPUT', (_name, build) => {
    expect(build).toThrow(AccordError);
    try {
      build();
    } catch (error) {
      expect((error as AccordError).code).toBe('BAD_INPUT');
    }
  });
});
