import { describe, expect, it } from 'vitest';
import { createCountryExtractor } from '../../src/mentions/countries/index.js';

const extractor = createCountryExtractor();
const ctx = { published: '2024-07-03', lang: 'en', debug: () => {} };

/** Texts and codes of the country mentions in one sentence. */
function countries(text: string): string[] {
  return extractor
    .extract({ index: 0, start: 0, end: text.length, text }, ctx)
    .map((m) => `${m.text}:${m.code}`);
}

describe('not countries', () => {
  it.each([
    // words and places that contain a country's name
    'Let us know what you think.',
    'Us and them.',
    'Prices in US$ rose; a US$5 billion loan.',
    'USD 41 billion, UST bonds, USSR archives.',
    "A port in Xi’an and another in Xi'an.",
    'New Mexico and New Jersey are states.',
    'The Indian Ocean and the South China Sea.',
    'Latin America and Latin American markets.',
    'North American and South American buyers.',
    'the Gulf of Guinea',
    'British Columbia is a province.',
    'Central African states met.',
    // lower case and inside words
    'china plates, turkey dinner and french fries',
    'chinese whispers',
    'Chinatown, Indiana, Georgiana and Chinas',
    'Sinopec and Kazakhmys are companies.',
    'The Americas.',
    'Malibu, Perugia and Cubano',
    // Russian and Chinese look-alikes
    'куб и кит',
    'индианский',
    '中亚和东亚',
    '',
  ])('%j has none', (text) => {
    expect(countries(text)).toEqual([]);
  });

  it.each([
    ["Mali's neighbour", ['Mali:ML']],
    ['Chinese-made, China-made', ['Chinese:CN', 'China:CN']],
    ['US-led, U.S.-based', ['US:US', 'U.S.:US']],
  ])('%j keeps only the country', (text, wanted) => {
    expect(countries(text)).toEqual(wanted);
  });
});
