/** "Q in X", "Q of X", "Q worth of X", "X of Q": the measure is named by a preposition next to the quantity. */
import { devCase, fig, flow, half, pastYears, since, year } from './_helpers.js';

const P = 'preposition';

export const PREPOSITIONS = [
  devCase(P, 'Kazakhstan attracted $25 billion in Chinese investment over the past 15 years.', [
    fig('$25 billion', 25e9, 'USD', 'chinese investment', 'investment.total', {
      period: pastYears(15),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'China has provided $1.5 billion in loans to Kazakhstan since 2013.', [
    fig('$1.5 billion', 1.5e9, 'USD', 'loans to kazakhstan', 'loans.total', {
      period: since(2013),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Kazakhstan received $600 million in grants from China over the past decade.', [
    fig('$600 million', 600e6, 'USD', 'grants from china', 'aid.total', {
      period: { label: '2014-2024', start: '2014-01-01', end: '2024-07-03' },
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'China extended $2 billion in concessional loans to Kyrgyzstan.',
    [
      fig('$2 billion', 2e9, 'USD', 'concessional loans to kyrgyzstan', 'loans.total', {
        parties: ['CN', 'KG'],
        ...flow('CN', 'KG'),
      }),
    ],
    { docPair: ['CN', 'KG'] },
  ),
  devCase(P, 'The deal brings $3 billion in new investment to the Pavlodar region.', [
    fig('$3 billion', 3e9, 'USD', 'new investment to the pavlodar region', 'investment.total'),
  ]),
  devCase(P, "China accounted for 21% of Kazakhstan's foreign trade in 2023.", [
    fig('21%', 21, 'percent', "kazakhstan's foreign trade", 'trade.total', {
      kind: 'share',
      period: year(2023),
    }),
  ]),
  devCase(P, "China's customs data showed two-way trade of $31.2 billion in 2022.", [
    fig('$31.2 billion', 31.2e9, 'USD', 'two-way trade', 'trade.total', { period: year(2022) }),
  ]),
  devCase(P, 'The sides reported a trade turnover of $4.2 billion in the first half of 2024.', [
    fig('$4.2 billion', 4.2e9, 'USD', 'trade turnover', 'trade.total', { period: half(2024, 1) }),
  ]),
  devCase(P, 'Kazakhstan shipped 1.2 million tonnes of wheat to China in 2023.', [
    fig('1.2 million tonnes', 1.2e6, 't', 'exports of wheat to china', 'trade.exports.agrifood', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'China imported 5 million tonnes of oil from Kazakhstan in the first five months.', [
    fig('5 million tonnes', 5e6, 't', 'imports of oil from kazakhstan', 'energy.supply', {
      period: { label: '2024-01..2024-05', start: '2024-01-01', end: '2024-05-31' },
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'The Central Asia-China pipeline delivered 43 billion cubic metres of gas in 2023.', [
    fig('43 billion cubic metres', 43e9, 'm3', 'gas', 'energy.supply', { period: year(2023) }),
  ]),
  devCase(P, 'Kazakhstan imported $9 billion worth of goods from China in the first half of 2024.', [
    fig('$9 billion', 9e9, 'USD', 'imports of goods from china', 'trade.imports', {
      period: half(2024, 1),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'Traders moved $2 billion worth of electronics across the border in 2023.',
    [fig('$2 billion', 2e9, 'USD', 'electronics', null, { period: year(2023) })],
    {
      knownGap:
        'the phrase after the noun ("across the border") belongs to the verb; read as part of the measure',
    },
  ),
  devCase(P, 'China invested $2 billion in Kazakhstan in 2023.', [
    fig('$2 billion', 2e9, 'USD', 'investment in kazakhstan', 'investment.total', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'Chinese companies have invested some $3 billion in Uzbekistan since 2017.',
    [
      fig('some $3 billion', 3e9, 'USD', 'investment in uzbekistan', 'investment.total', {
        approx: 'about',
        parties: ['CN', 'UZ'],
        period: since(2017),
        ...flow('CN', 'UZ'),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'Kazakhstan supplied 10 billion cubic metres of gas to China last year.', [
    fig('10 billion cubic metres', 10e9, 'm3', 'supplies of gas to china', 'energy.supply', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(
    P,
    'Japan lent $400 million to India for the metro line in 2022.',
    [
      fig('$400 million', 400e6, 'USD', 'loans to india for the metro line', 'loans.total', {
        parties: ['IN', 'JP'],
        period: year(2022),
        ...flow('JP', 'IN'),
      }),
    ],
    { docPair: ['IN', 'JP'] },
  ),
  devCase(
    P,
    'Azerbaijan exported $1.2 billion of goods to Turkey in the first half of 2024.',
    [
      fig('$1.2 billion', 1.2e9, 'USD', 'exports of goods to turkey', 'trade.exports', {
        parties: ['AZ', 'TR'],
        period: half(2024, 1),
        ...flow('AZ', 'TR'),
      }),
    ],
    { docPair: ['AZ', 'TR'] },
  ),
  devCase(P, 'The bank approved $500 million in financing for the railway.', [
    fig('$500 million', 500e6, 'USD', 'financing for the railway', 'loans.total'),
  ]),
  devCase(P, 'Some 2 million tonnes of cargo passed through Khorgos in 2023.', [
    fig('Some 2 million tonnes', 2e6, 't', 'cargo', 'freight.volume', {
      approx: 'about',
      period: year(2023),
    }),
  ]),
  devCase(
    P,
    'Over the past ten years, Chinese firms have invested about $20 billion in the economy of Uzbekistan.',
    [
      fig('about $20 billion', 20e9, 'USD', 'investment in the economy of uzbekistan', 'investment.total', {
        approx: 'about',
        parties: ['CN', 'UZ'],
        period: pastYears(10),
        ...flow('CN', 'UZ'),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'Kazakhstan imported cars worth $3 billion from China.', [
    fig('$3 billion', 3e9, 'USD', 'imports of cars', 'trade.imports', { ...flow('CN', 'KZ') }),
  ]),
];
