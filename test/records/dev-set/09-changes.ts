/** Changes stated alone: "up 20%", "rose by 30%", "increased by $2 billion", "a 20% increase". */
import { AS_OF, devCase, fig, flow, half, quarter, year } from './_helpers.js';

const P = 'change';

export const CHANGES = [
  devCase(P, 'Exports rose 25% year on year.', [
    fig('rose 25%', 25, 'percent', 'exports', 'trade.exports', { kind: 'change', change: { percent: 25 } }),
  ]),
  devCase(P, 'Trade increased by $7 billion compared with 2022.', [
    fig('increased by $7 billion', 7e9, 'USD', 'trade', 'trade.total', {
      kind: 'change',
      change: { delta: 7e9 },
    }),
  ]),
  devCase(P, 'Bilateral trade declined by 3.2% in the first quarter.', [
    fig('declined by 3.2%', 3.2, 'percent', 'bilateral trade', 'trade.total', {
      period: quarter(2024, 1),
      kind: 'change',
      change: { percent: -3.2 },
    }),
  ]),
  devCase(P, 'Imports from China grew by 12% in January-May.', [
    fig('grew by 12%', 12, 'percent', 'imports from china', 'trade.imports', {
      period: { label: '2024-01..2024-05', start: '2024-01-01', end: '2024-05-31' },
      kind: 'change',
      change: { percent: 12 },
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, "Kazakhstan's GDP grew 5.1% in 2023.", [
    fig('grew 5.1%', 5.1, 'percent', "kazakhstan's gdp", 'gdp.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 5.1 },
    }),
  ]),
  devCase(P, 'Freight traffic through Khorgos jumped 40% in the first half of 2024.', [
    fig('jumped 40%', 40, 'percent', 'freight traffic through khorgos', 'freight.volume', {
      period: half(2024, 1),
      kind: 'change',
      change: { percent: 40 },
    }),
  ]),
  devCase(P, 'Chinese investment in Kazakhstan rose by $1.2 billion in 2023.', [
    fig('rose by $1.2 billion', 1.2e9, 'USD', 'chinese investment in kazakhstan', 'investment.total', {
      period: year(2023),
      kind: 'change',
      change: { delta: 1.2e9 },
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Trade showed a 15% increase in 2023.', [
    fig('15%', 15, 'percent', 'trade', 'trade.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 15 },
    }),
  ]),
  devCase(
    P,
    'Tourist flows from China fell by half in 2020.',
    [
      fig('by half', 0.5, 'factor', 'tourist flows from china', 'tourists.count', {
        period: year(2020),
        kind: 'change',
      }),
    ],
    { knownGap: 'the quantity stage does not read "by half" as a change' },
  ),
  devCase(P, 'Grain exports to China slipped 7% last year.', [
    fig('slipped 7%', 7, 'percent', 'grain exports to china', 'trade.exports.agrifood', {
      period: year(2023),
      kind: 'change',
      change: { percent: -7 },
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Trade with China grew 32% in 2023, customs said.', [
    fig('grew 32%', 32, 'percent', 'trade with china', 'trade.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 32 },
    }),
  ]),
  devCase(P, 'In the first quarter, Kazakh exports to China were up 18%.', [
    fig('up 18%', 18, 'percent', 'kazakh exports to china', 'trade.exports', {
      period: quarter(2024, 1),
      kind: 'change',
      change: { percent: 18 },
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Investment from China has grown tenfold since 2010.', [
    fig('grown tenfold', null, 'factor', 'investment from china', 'investment.total', {
      period: { label: 'since 2010', start: '2010-01-01', end: '2024-07-03' },
      kind: 'change',
      change: { factor: 10 },
      ...flow('CN', 'KZ'),
    }),
  ]),
  // A past multiplier tells a change, not a plan: no value, and no reference to the figure before.
  devCase(P, 'The value of Kazakh exports to China has more than doubled in two years.', [
    fig('more than doubled', null, 'factor', 'value of kazakh exports to china', 'trade.exports', {
      approx: 'over',
      period: AS_OF,
      kind: 'change',
      change: { factor: 2 },
      ...flow('KZ', 'CN'),
    }),
  ]),
];
