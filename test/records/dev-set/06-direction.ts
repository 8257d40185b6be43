/** Direction: who sends what to whom, where the words say it ("exports from A to B", "A's imports from B", "A-ian X in B"). */
import { AS_OF, devCase, fig, flow, half, quarter, year } from './_helpers.js';

const P = 'direction';

export const DIRECTIONS = [
  devCase(P, 'Imports from China grew to $12 billion in 2023.', [
    fig('$12 billion', 12e9, 'USD', 'imports from china', 'trade.imports', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Exports to China reached $14.7 billion in 2023.', [
    fig('$14.7 billion', 14.7e9, 'USD', 'exports to china', 'trade.exports', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Kazakh investment in China stood at $700 million in 2023.', [
    fig('$700 million', 700e6, 'USD', 'kazakh investment in china', 'investment.total', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Chinese investment amounted to $2.4 billion last year.', [
    fig('$2.4 billion', 2.4e9, 'USD', 'chinese investment', 'investment.total', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Trade between Kazakhstan and China reached $41 billion last year.', [
    fig('$41 billion', 41e9, 'USD', 'trade between kazakhstan and china', 'trade.total', {
      period: year(2023),
    }),
  ]),
  devCase(
    P,
    "Russia's exports to Kazakhstan amounted to $17 billion in 2023.",
    [
      fig('$17 billion', 17e9, 'USD', "russia's exports to kazakhstan", 'trade.exports', {
        parties: ['KZ', 'RU'],
        period: year(2023),
        ...flow('RU', 'KZ'),
      }),
    ],
    { docPair: ['KZ', 'RU'] },
  ),
  devCase(
    P,
    "Japan's investment in India reached $4 billion in the first half of 2024.",
    [
      fig('$4 billion', 4e9, 'USD', "japan's investment in india", 'investment.total', {
        parties: ['IN', 'JP'],
        period: half(2024, 1),
        ...flow('JP', 'IN'),
      }),
    ],
    { docPair: ['IN', 'JP'] },
  ),
  devCase(
    P,
    'Indian imports from Japan totalled $17 billion in 2023.',
    [
      fig('$17 billion', 17e9, 'USD', 'indian imports from japan', 'trade.imports', {
        parties: ['IN', 'JP'],
        period: year(2023),
        ...flow('JP', 'IN'),
      }),
    ],
    { docPair: ['IN', 'JP'] },
  ),
  devCase(
    P,
    'Turkish companies have invested $15 billion in Azerbaijan.',
    [
      fig('$15 billion', 15e9, 'USD', 'investment in azerbaijan', 'investment.total', {
        parties: ['AZ', 'TR'],
        period: AS_OF,
        ...flow('TR', 'AZ'),
      }),
    ],
    { docPair: ['AZ', 'TR'] },
  ),
  devCase(
    P,
    'Azerbaijan supplied 9 billion cubic metres of gas to Turkey in 2023.',
    [
      fig('9 billion cubic metres', 9e9, 'm3', 'supplies of gas to turkey', 'energy.supply', {
        parties: ['AZ', 'TR'],
        period: year(2023),
        ...flow('AZ', 'TR'),
      }),
    ],
    { docPair: ['AZ', 'TR'] },
  ),
  devCase(
    P,
    'German exports to China fell 9% in 2023.',
    [
      fig('fell 9%', 9, 'percent', 'german exports to china', 'trade.exports', {
        parties: ['CN', 'DE'],
        period: year(2023),
        kind: 'change',
        change: { percent: -9 },
        ...flow('DE', 'CN'),
      }),
    ],
    { docPair: ['CN', 'DE'] },
  ),
  devCase(P, 'Chinese students in Kazakhstan numbered 3,500 last year.', [
    fig('3,500', 3500, 'count', 'chinese students in kazakhstan', 'students.count', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Kazakhstan received 400,000 Chinese tourists in 2023.', [
    fig('400,000 Chinese tourists', 400000, 'count', 'chinese tourists', 'tourists.count', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'Grain shipments from Kazakhstan to China reached 2.5 million tonnes in the 2023/24 season.',
    [
      fig(
        '2.5 million tonnes',
        2.5e6,
        't',
        'grain shipments from kazakhstan to china',
        'trade.exports.agrifood',
        {
          period: { label: '2023/24', start: '2023-07-01', end: '2024-06-30' },
          ...flow('KZ', 'CN'),
        },
      ),
    ],
    { knownGap: 'the time stage reads the marketing season "2023/24" as the calendar years 2023-2024' },
  ),
  devCase(
    P,
    'Chinese loans to Kyrgyzstan reached $1.7 billion.',
    [
      fig('$1.7 billion', 1.7e9, 'USD', 'chinese loans to kyrgyzstan', 'loans.total', {
        parties: ['CN', 'KG'],
        ...flow('CN', 'KG'),
      }),
    ],
    { docPair: ['CN', 'KG'] },
  ),
  devCase(P, 'The exports of Kazakh meat to China rose to 60,000 tonnes in 2023.', [
    fig('60,000 tonnes', 60000, 't', 'exports of kazakh meat to china', 'trade.exports', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'In January-March, 800,000 tonnes of Kazakh wheat were shipped to China.', [
    fig('800,000 tonnes', 800000, 't', 'kazakh wheat shipped to china', 'trade.exports.agrifood', {
      period: quarter(2024, 1),
      ...flow('KZ', 'CN'),
    }),
  ]),
];
