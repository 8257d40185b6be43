/** Participles: "with X reaching Q", "X, amounting to Q", "X, totalling Q", and verbs inside the quantity ("doubled to"). */
import { AS_OF, devCase, fig, flow, half, pastYears, quarter, year } from './_helpers.js';

const P = 'participle';

export const PARTICIPLES = [
  devCase(
    P,
    'China remains the leading trading partner, with bilateral trade reaching $41 billion last year.',
    [fig('$41 billion', 41e9, 'USD', 'bilateral trade', 'trade.total', { period: year(2023) })],
  ),
  devCase(
    P,
    'He noted the significant Chinese investments in Kazakhstan, amounting to about $25 billion over the past 15 years.',
    [
      fig('about $25 billion', 25e9, 'USD', 'chinese investments in kazakhstan', 'investment.total', {
        approx: 'about',
        period: pastYears(15),
        ...flow('CN', 'KZ'),
      }),
    ],
  ),
  devCase(P, 'The minister cited strong Chinese lending to the region, totalling $3 billion in 2023.', [
    fig('$3 billion', 3e9, 'USD', 'chinese lending to the region', 'loans.total', { period: year(2023) }),
  ]),
  devCase(
    P,
    'Cooperation is growing, with Chinese investment in the Kazakh economy exceeding $1 billion in the first half of 2024.',
    [
      fig(
        'exceeding $1 billion',
        1e9,
        'USD',
        'chinese investment in the kazakh economy',
        'investment.total',
        {
          approx: 'over',
          period: half(2024, 1),
          ...flow('CN', 'KZ'),
        },
      ),
    ],
  ),
  devCase(P, 'The corridor is busy, with container traffic standing at 200,000 TEU in the first quarter.', [
    fig('200,000 TEU', 200000, 'TEU', 'container traffic', 'containers.count', { period: quarter(2024, 1) }),
  ]),
  devCase(P, 'Exports of agricultural products from Kazakhstan to China doubled to $1 billion.', [
    fig(
      'doubled to $1 billion',
      1e9,
      'USD',
      'exports of agricultural products from kazakhstan to china',
      'trade.exports.agrifood',
      {
        ...flow('KZ', 'CN'),
        change: { factor: 2 },
      },
    ),
  ]),
  devCase(P, 'Chinese imports of Kazakh beef tripled to $120 million in 2023.', [
    fig('tripled to $120 million', 120e6, 'USD', 'chinese imports of kazakh beef', 'trade.imports', {
      period: year(2023),
      ...flow('KZ', 'CN'),
      change: { factor: 3 },
    }),
  ]),
  devCase(P, 'Bilateral trade rose 30% to $31.4 billion in 2023.', [
    fig('rose 30% to $31.4 billion', 31.4e9, 'USD', 'bilateral trade', 'trade.total', {
      period: year(2023),
      change: { percent: 30 },
    }),
  ]),
  devCase(P, 'Freight traffic along the route grew by 65% to 2.7 million tonnes last year.', [
    fig(
      'grew by 65% to 2.7 million tonnes',
      2.7e6,
      't',
      'freight traffic along the route',
      'freight.volume',
      {
        period: year(2023),
        change: { percent: 65 },
      },
    ),
  ]),
  devCase(P, 'Kazakh exports to China hit $13.2 billion in 2022, while imports stood at $11 billion.', [
    fig('$13.2 billion', 13.2e9, 'USD', 'kazakh exports to china', 'trade.exports', {
      period: year(2022),
      ...flow('KZ', 'CN'),
    }),
    fig('$11 billion', 11e9, 'USD', 'imports', 'trade.imports', { period: year(2022) }),
  ]),
  devCase(
    P,
    'Tourism is recovering, with the number of Chinese visitors reaching 300,000 so far this year.',
    [
      fig('300,000', 300000, 'count', 'number of chinese visitors', 'visitors.count', {
        period: AS_OF,
        ...flow('CN', 'KZ'),
      }),
    ],
  ),
  devCase(P, 'The fund has financed 20 projects, with its portfolio now totalling $2 billion.', [
    fig('20 projects', 20, 'count', 'projects', 'projects.count', { period: AS_OF }),
    fig('$2 billion', 2e9, 'USD', 'portfolio', 'projects.value', { period: AS_OF }),
  ]),
  devCase(
    P,
    'Trade fell 12% to $1.9 billion in the third quarter, customs data showed.',
    [
      fig('fell 12% to $1.9 billion', 1.9e9, 'USD', 'trade', 'trade.total', {
        period: quarter(2024, 3),
        change: { percent: -12 },
      }),
    ],
    { published: '2024-11-20' },
  ),
  devCase(P, 'Investment inflows from China, amounting to $2.2 billion last year, went mostly to mining.', [
    fig('$2.2 billion', 2.2e9, 'USD', 'investment inflows from china', 'investment.flow', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  // A "with" phrase completes the clause before it: the amount is of that clause's subject.
  devCase(
    P,
    'Rail freight between the two countries also set a record, with more than 30 million tonnes carried across the border last year.',
    [
      fig(
        'more than 30 million tonnes',
        30e6,
        't',
        'rail freight between the two countries',
        'freight.volume',
        {
          approx: 'over',
          period: year(2023),
        },
      ),
    ],
  ),
];
