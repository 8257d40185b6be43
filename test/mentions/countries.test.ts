import { describe, expect, it } from 'vitest';
import { createCountryExtractor } from '../../src/mentions/countries/index.js';
import type { CountryMention } from '../../src/types.js';

const HEADLINE = 'Tokayev and Xi Jinping Address Media\n\n';
const extractor = createCountryExtractor();

/** Mentions of `sentence` placed after a headline (document offsets), each checked against the document. */
function extract(sentence: string): CountryMention[] {
  const doc = HEADLINE + sentence;
  const mentions = extractor.extract(
    { index: 1, start: HEADLINE.length, end: doc.length, text: sentence },
    { published: '2024-07-03', lang: 'en', debug: () => {} },
  );
  for (const mention of mentions) expect(doc.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions;
}

type Want = [text: string, code: string, form: CountryMention['form']];

/** Expected mentions, found left to right in `sentence`. */
function expected(sentence: string, wanted: Want[]) {
  let from = 0;
  return wanted.map(([text, code, form]) => {
    const at = sentence.indexOf(text, from);
    from = at + text.length;
    return {
      kind: 'country',
      text,
      start: HEADLINE.length + at,
      end: HEADLINE.length + at + text.length,
      code,
      form,
    };
  });
}

describe('country mentions', () => {
  it.each<[string, Want[]]>([
    // the reference report
    [
      "Kazakhstan's President Kassym-Jomart Tokayev and China's President Xi Jinping met.",
      [
        ['Kazakhstan', 'KZ', 'name'],
        ['China', 'CN', 'name'],
      ],
    ],
    [
      'China is Kazakhstan’s leading trading partner.',
      [
        ['China', 'CN', 'name'],
        ['Kazakhstan', 'KZ', 'name'],
      ],
    ],
    [
      'strengthening Kazakh-Chinese relations',
      [
        ['Kazakh', 'KZ', 'adjective'],
        ['Chinese', 'CN', 'adjective'],
      ],
    ],
    [
      'the expansion of the Kazakhstan–China oil pipeline',
      [
        ['Kazakhstan', 'KZ', 'name'],
        ['China', 'CN', 'name'],
      ],
    ],
    [
      'over 4,000 Kazakh students in Chinese universities',
      [
        ['Kazakh', 'KZ', 'adjective'],
        ['Chinese', 'CN', 'adjective'],
      ],
    ],
    ['dry ports like Lianyungang, Xi’an, and Khorgos', []],
    [
      'The visa-free regime for Kazakh and Chinese citizens',
      [
        ['Kazakh', 'KZ', 'adjective'],
        ['Chinese', 'CN', 'adjective'],
      ],
    ],
    // longest match, near names
    [
      'Guinea, Equatorial Guinea and Papua New Guinea',
      [
        ['Guinea', 'GN', 'name'],
        ['Equatorial Guinea', 'GQ', 'name'],
        ['Papua New Guinea', 'PG', 'name'],
      ],
    ],
    [
      'Guinea-Bissau and Guinea',
      [
        ['Guinea-Bissau', 'GW', 'name'],
        ['Guinea', 'GN', 'name'],
      ],
    ],
    [
      'Niger and Nigeria',
      [
        ['Niger', 'NE', 'name'],
        ['Nigeria', 'NG', 'name'],
      ],
    ],
    [
      'Nigerien and Nigerian traders',
      [
        ['Nigerien', 'NE', 'adjective'],
        ['Nigerian', 'NG', 'adjective'],
      ],
    ],
    [
      'Sudan and South Sudan',
      [
        ['Sudan', 'SD', 'name'],
        ['South Sudan', 'SS', 'name'],
      ],
    ],
    [
      'Dominica and the Dominican Republic',
      [
        ['Dominica', 'DM', 'name'],
        ['Dominican Republic', 'DO', 'name'],
      ],
    ],
    [
      'Congo and the Democratic Republic of the Congo',
      [
        ['Congo', 'CG', 'name'],
        ['Democratic Republic of the Congo', 'CD', 'name'],
      ],
    ],
    [
      'DR Congo, DRC and the Republic of the Congo',
      [
        ['DR Congo', 'CD', 'name'],
        ['DRC', 'CD', 'name'],
        ['Republic of the Congo', 'CG', 'name'],
      ],
    ],
    [
      'South Korea, North Korea and Korea',
      [
        ['South Korea', 'KR', 'name'],
        ['North Korea', 'KP', 'name'],
        ['Korea', 'KR', 'name'],
      ],
    ],
    [
      'Korean and North Korean envoys',
      [
        ['Korean', 'KR', 'adjective'],
        ['North Korean', 'KP', 'adjective'],
      ],
    ],
    [
      'the DPRK and the ROK',
      [
        ['DPRK', 'KP', 'name'],
        ['ROK', 'KR', 'name'],
      ],
    ],
    [
      'Turks and Caicos Islands, unlike Turks',
      [
        ['Turks and Caicos Islands', 'TC', 'name'],
        ['Turks', 'TR', 'adjective'],
      ],
    ],
    [
      'American Samoa and Americans',
      [
        ['American Samoa', 'AS', 'name'],
        ['Americans', 'US', 'adjective'],
      ],
    ],
    [
      'French Polynesia and French wine',
      [
        ['French Polynesia', 'PF', 'name'],
        ['French', 'FR', 'adjective'],
      ],
    ],
    [
      'South Africa and South African firms',
      [
        ['South Africa', 'ZA', 'name'],
        ['South African', 'ZA', 'adjective'],
      ],
    ],
    // the United States
    [
      'the US and the U.S. and the USA',
      [
        ['US', 'US', 'name'],
        ['U.S.', 'US', 'name'],
        ['USA', 'US', 'name'],
      ],
    ],
    ['ties with the United States of America', [['United States of America', 'US', 'name']]],
    ['trade with America', [['America', 'US', 'name']]],
    [
      'a US-China deal',
      [
        ['US', 'US', 'name'],
        ['China', 'CN', 'name'],
      ],
    ],
    ['the U.S.-led effort', [['U.S.', 'US', 'name']]],
    ['Let us know, said the US.', [['US', 'US', 'name']]],
    // aliases
    [
      'the PRC and the People’s Republic of China',
      [
        ['PRC', 'CN', 'name'],
        ['People’s Republic of China', 'CN', 'name'],
      ],
    ],
    ["the People's Republic of China", [["People's Republic of China", 'CN', 'name']]],
    [
      'the UK, Britain and Great Britain',
      [
        ['UK', 'GB', 'name'],
        ['Britain', 'GB', 'name'],
        ['Great Britain', 'GB', 'name'],
      ],
    ],
    [
      'British and Briton',
      [
        ['British', 'GB', 'adjective'],
        ['Briton', 'GB', 'adjective'],
      ],
    ],
    [
      'Russia and the Russian Federation',
      [
        ['Russia', 'RU', 'name'],
        ['Russian Federation', 'RU', 'name'],
      ],
    ],
    [
      'Iran, Vietnam, Viet Nam, Laos and Syria',
      [
        ['Iran', 'IR', 'name'],
        ['Vietnam', 'VN', 'name'],
        ['Viet Nam', 'VN', 'name'],
        ['Laos', 'LA', 'name'],
        ['Syria', 'SY', 'name'],
      ],
    ],
    [
      'Turkey, Türkiye and Turkish firms',
      [
        ['Turkey', 'TR', 'name'],
        ['Türkiye', 'TR', 'name'],
        ['Turkish', 'TR', 'adjective'],
      ],
    ],
    [
      'Czechia or the Czech Republic',
      [
        ['Czechia', 'CZ', 'name'],
        ['Czech Republic', 'CZ', 'name'],
      ],
    ],
    [
      'Kyrgyzstan and the Kyrgyz Republic',
      [
        ['Kyrgyzstan', 'KG', 'name'],
        ['Kyrgyz Republic', 'KG', 'name'],
      ],
    ],
    [
      'Burma, Holland and Swaziland',
      [
        ['Burma', 'MM', 'name'],
        ['Holland', 'NL', 'name'],
        ['Swaziland', 'SZ', 'name'],
      ],
    ],
    [
      "Côte d’Ivoire and Cote d'Ivoire and Ivory Coast",
      [
        ['Côte d’Ivoire', 'CI', 'name'],
        ["Cote d'Ivoire", 'CI', 'name'],
        ['Ivory Coast', 'CI', 'name'],
      ],
    ],
    [
      'Timor-Leste, East Timor and the Netherlands',
      [
        ['Timor-Leste', 'TL', 'name'],
        ['East Timor', 'TL', 'name'],
        ['Netherlands', 'NL', 'name'],
      ],
    ],
    [
      'St. Lucia, St Kitts and Nevis, Trinidad & Tobago',
      [
        ['St. Lucia', 'LC', 'name'],
        ['St Kitts and Nevis', 'KN', 'name'],
        ['Trinidad & Tobago', 'TT', 'name'],
      ],
    ],
    [
      'the Gambia and the Bahamas',
      [
        ['Gambia', 'GM', 'name'],
        ['Bahamas', 'BS', 'name'],
      ],
    ],
    [
      'the Republic of Korea and Moldova',
      [
        ['Republic of Korea', 'KR', 'name'],
        ['Moldova', 'MD', 'name'],
      ],
    ],
    [
      'the British Virgin Islands and the U.S. Virgin Islands',
      [
        ['British Virgin Islands', 'VG', 'name'],
        ['U.S. Virgin Islands', 'VI', 'name'],
      ],
    ],
    // demonyms and adjectives
    [
      'Uzbek, Kyrgyz, Tajik and Turkmen delegations',
      [
        ['Uzbek', 'UZ', 'adjective'],
        ['Kyrgyz', 'KG', 'adjective'],
        ['Tajik', 'TJ', 'adjective'],
        ['Turkmen', 'TM', 'adjective'],
      ],
    ],
    [
      'Kazakhstani and Kazakh firms, and Kazakhs abroad',
      [
        ['Kazakhstani', 'KZ', 'adjective'],
        ['Kazakh', 'KZ', 'adjective'],
        ['Kazakhs', 'KZ', 'adjective'],
      ],
    ],
    [
      'German, French, Indian and Japanese investors',
      [
        ['German', 'DE', 'adjective'],
        ['French', 'FR', 'adjective'],
        ['Indian', 'IN', 'adjective'],
        ['Japanese', 'JP', 'adjective'],
      ],
    ],
    [
      'Iranian, Pakistani, Mongolian, Azerbaijani and Georgian ministers',
      [
        ['Iranian', 'IR', 'adjective'],
        ['Pakistani', 'PK', 'adjective'],
        ['Mongolian', 'MN', 'adjective'],
        ['Azerbaijani', 'AZ', 'adjective'],
        ['Georgian', 'GE', 'adjective'],
      ],
    ],
    [
      'Belarusian and Ukrainian grain',
      [
        ['Belarusian', 'BY', 'adjective'],
        ['Ukrainian', 'UA', 'adjective'],
      ],
    ],
    [
      'Sino-Kazakh ties',
      [
        ['Sino', 'CN', 'adjective'],
        ['Kazakh', 'KZ', 'adjective'],
      ],
    ],
    [
      'Swiss, Dutch and Emirati funds',
      [
        ['Swiss', 'CH', 'adjective'],
        ['Dutch', 'NL', 'adjective'],
        ['Emirati', 'AE', 'adjective'],
      ],
    ],
    [
      'Filipinos and Pakistanis',
      [
        ['Filipinos', 'PH', 'adjective'],
        ['Pakistanis', 'PK', 'adjective'],
      ],
    ],
    // odd text
    [
      'KAZAKHSTAN AND CHINA SIGN DEALS',
      [
        ['KAZAKHSTAN', 'KZ', 'name'],
        ['CHINA', 'CN', 'name'],
      ],
    ],
    [
      'Kazakhstan\u00a0and\u00a0China',
      [
        ['Kazakhstan', 'KZ', 'name'],
        ['China', 'CN', 'name'],
      ],
    ],
    ['South  Korea with two spaces', [['South  Korea', 'KR', 'name']]],
    ['(China)', [['China', 'CN', 'name']]],
    ['"Kazakhstan"', [['Kazakhstan', 'KZ', 'name']]],
    [
      'pro-China and anti-American',
      [
        ['China', 'CN', 'name'],
        ['American', 'US', 'adjective'],
      ],
    ],
    [
      'Georgia and Jordan',
      [
        ['Georgia', 'GE', 'name'],
        ['Jordan', 'JO', 'name'],
      ],
    ],
    ['The Chinese side', [['Chinese', 'CN', 'adjective']]],
    // Russian
    [
      'Казахстан и Китай',
      [
        ['Казахстан', 'KZ', 'name'],
        ['Китай', 'CN', 'name'],
      ],
    ],
    [
      'между Казахстаном и Китаем',
      [
        ['Казахстаном', 'KZ', 'name'],
        ['Китаем', 'CN', 'name'],
      ],
    ],
    [
      'казахстанско-китайских отношений',
      [
        ['казахстанско', 'KZ', 'adjective'],
        ['китайских', 'CN', 'adjective'],
      ],
    ],
    [
      'Российской Федерации и США',
      [
        ['Российской Федерации', 'RU', 'name'],
        ['США', 'US', 'name'],
      ],
    ],
    [
      'России, Узбекистана и Южной Кореи',
      [
        ['России', 'RU', 'name'],
        ['Узбекистана', 'UZ', 'name'],
        ['Южной Кореи', 'KR', 'name'],
      ],
    ],
    // Chinese
    [
      '中国和哈萨克斯坦',
      [
        ['中国', 'CN', 'name'],
        ['哈萨克斯坦', 'KZ', 'name'],
      ],
    ],
    [
      '中方愿同哈方一道',
      [
        ['中方', 'CN', 'adjective'],
        ['哈方', 'KZ', 'adjective'],
      ],
    ],
    [
      '美国、印度和印度尼西亚',
      [
        ['美国', 'US', 'name'],
        ['印度', 'IN', 'name'],
        ['印度尼西亚', 'ID', 'name'],
      ],
    ],
    ['中华人民共和国', [['中华人民共和国', 'CN', 'name']]],
  ])('%j', (sentence, wanted) => {
    const found = extract(sentence).map(({ rule: _rule, ...mention }) => mention);
    expect(found).toEqual(expected(sentence, wanted));
  });
});
