/** Figures that refer back: "double this figure", "it is expected to reach", "up 20%" after a level. */
import { by, devCase, fig, vague, year } from './_helpers.js';

const P = 'reference';

export const REFERENCES = [
  devCase(
    P,
    "China is Kazakhstan's leading trading partner, with bilateral trade reaching $41 billion last year, and the sides plan to double this figure in the near future.",
    [
      fig('$41 billion', 41e9, 'USD', 'bilateral trade', 'trade.total', { period: year(2023) }),
      fig('double this figure', 82e9, 'USD', 'bilateral trade', 'trade.total', {
        period: vague('near future'),
        kind: 'target',
        change: { factor: 2 },
      }),
    ],
  ),
  devCase(P, 'Trade reached $31 billion in 2023. The leaders want to double it by 2030.', [
    fig('$31 billion', 31e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('double it', 62e9, 'USD', 'trade', 'trade.total', {
      period: by(2030),
      kind: 'target',
      change: { factor: 2 },
    }),
  ]),
  devCase(P, 'Trade reached $31 billion in 2023. The leaders want to double trade by 2030.', [
    fig('$31 billion', 31e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('double', 62e9, 'USD', 'trade', 'trade.total', {
      period: by(2030),
      kind: 'target',
      change: { factor: 2 },
    }),
  ]),
  devCase(
    P,
    'Uzbek exports to China hit $1.5 billion last year. Tashkent intends to triple this figure by 2030.',
    [
      fig('$1.5 billion', 1.5e9, 'USD', 'uzbek exports to china', 'trade.exports', {
        parties: ['CN', 'UZ'],
        period: year(2023),
        direction: { from: 'UZ', to: 'CN' },
      }),
      fig('triple this figure', 4.5e9, 'USD', 'uzbek exports to china', 'trade.exports', {
        parties: ['CN', 'UZ'],
        period: by(2030),
        kind: 'target',
        direction: { from: 'UZ', to: 'CN' },
        change: { factor: 3 },
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'Trade amounted to $24 billion in 2022. It is expected to reach $35 billion by 2030.', [
    fig('$24 billion', 24e9, 'USD', 'trade', 'trade.total', { period: year(2022) }),
    fig('$35 billion', 35e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'In 2023, trade turnover between Kazakhstan and China amounted to $31.4 billion, up 30%.', [
    fig('$31.4 billion', 31.4e9, 'USD', 'trade turnover between kazakhstan and china', 'trade.total', {
      period: year(2023),
    }),
    fig('up 30%', 30, 'percent', 'trade turnover between kazakhstan and china', 'trade.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 30 },
    }),
  ]),
  devCase(P, 'Investment reached $2 billion in 2023, an increase of 15%.', [
    fig('$2 billion', 2e9, 'USD', 'investment', 'investment.total', { period: year(2023) }),
    fig('15%', 15, 'percent', 'investment', 'investment.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 15 },
    }),
  ]),
  devCase(P, 'Kazakh exports to China reached $14.7 billion last year, a 5% rise.', [
    fig('$14.7 billion', 14.7e9, 'USD', 'kazakh exports to china', 'trade.exports', {
      period: year(2023),
      direction: { from: 'KZ', to: 'CN' },
    }),
    fig('5%', 5, 'percent', 'kazakh exports to china', 'trade.exports', {
      period: year(2023),
      kind: 'change',
      change: { percent: 5 },
      direction: { from: 'KZ', to: 'CN' },
    }),
  ]),
  devCase(P, 'The target is to double trade within five years.', [
    fig('double', null, 'factor', 'trade', 'trade.total', {
      period: { label: 'within 5 years', start: null, end: '2029-07-03' },
      kind: 'target',
      change: { factor: 2 },
    }),
  ]),
  devCase(P, 'Both countries aim to triple this figure by 2030.', []),
  devCase(P, 'Exports of grain doubled last year.', [
    fig('doubled', null, 'factor', 'exports of grain', 'trade.exports.agrifood', {
      period: year(2023),
      kind: 'change',
      change: { factor: 2 },
    }),
  ]),
  devCase(
    P,
    'Chinese investment in Kazakhstan totalled $2.4 billion in 2023. This figure should grow to $5 billion by 2027.',
    [
      fig('$2.4 billion', 2.4e9, 'USD', 'chinese investment in kazakhstan', 'investment.total', {
        period: year(2023),
        direction: { from: 'CN', to: 'KZ' },
      }),
      fig('$5 billion', 5e9, 'USD', 'chinese investment in kazakhstan', 'investment.total', {
        period: by(2027),
        kind: 'target',
        direction: { from: 'CN', to: 'KZ' },
      }),
    ],
  ),
  devCase(
    P,
    'Rail freight reached 28 million tonnes in 2023, and the railways want to increase it to 35 million tonnes by 2027.',
    [
      fig('28 million tonnes', 28e6, 't', 'rail freight', 'freight.volume', { period: year(2023) }),
      fig('35 million tonnes', 35e6, 't', 'rail freight', 'freight.volume', {
        period: by(2027),
        kind: 'target',
      }),
    ],
  ),
  // A plan named with neither its figure nor its deadline is no figure: "for doubling" refers to a target set elsewhere.
  devCase(
    P,
    'In line with the roadmap signed on 3 July, the ministry has drafted a plan for doubling bilateral trade.',
    [],
    { published: '2024-08-06' },
  ),
  // An amount stated outright is kept when "the figure" it raises has no referent; what it measures is lost.
  devCase(
    P,
    'Both governments have committed to raising the figure to $10 billion by 2030.',
    [
      fig('$10 billion', 10e9, 'USD', null, null, {
        parties: ['KZ', 'UZ'],
        period: by(2030),
        kind: 'target',
      }),
    ],
    { docPair: ['KZ', 'UZ'] },
  ),
];
