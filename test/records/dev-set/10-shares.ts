/** Shares: "accounted for 30% of", "a 15% share of", "X's share in Y reached Q". */
import { AS_OF, devCase, fig, year } from './_helpers.js';

const P = 'share';

export const SHARES = [
  devCase(P, "China is Kazakhstan's second-largest trading partner, accounting for 21.4% of its trade.", [
    fig('21.4%', 21.4, 'percent', 'trade', 'trade.total', { period: AS_OF, kind: 'share' }),
  ]),
  devCase(P, 'China took a 15% share of Kazakh grain exports in 2023.', [
    fig('15%', 15, 'percent', 'kazakh grain exports', 'trade.exports.agrifood', {
      period: year(2023),
      kind: 'share',
    }),
  ]),
  devCase(P, 'Oil makes up 60% of Kazakh exports to China.', [
    fig('60%', 60, 'percent', 'kazakh exports to china', 'trade.exports', {
      period: AS_OF,
      kind: 'share',
      direction: { from: 'KZ', to: 'CN' },
    }),
  ]),
  devCase(P, 'Chinese companies account for about 8% of foreign investment in Kazakhstan.', [
    fig('about 8%', 8, 'percent', 'foreign investment in kazakhstan', 'investment.total', {
      approx: 'about',
      period: AS_OF,
      kind: 'share',
    }),
  ]),
  devCase(
    P,
    "Russia accounted for 24% of Kazakhstan's imports last year.",
    [
      fig('24%', 24, 'percent', "kazakhstan's imports", 'trade.imports', {
        parties: ['KZ', 'RU'],
        period: year(2023),
        kind: 'share',
      }),
    ],
    { docPair: ['KZ', 'RU'] },
  ),
  devCase(P, 'Transit through Kazakhstan carries 85% of rail freight between China and Europe.', [
    fig('85%', 85, 'percent', 'rail freight between china and europe', 'freight.volume', {
      parties: ['CN', 'KZ'],
      period: AS_OF,
      kind: 'share',
    }),
  ]),
  devCase(
    P,
    'Japanese firms hold a 12% share of the Indian car market.',
    [
      fig('12%', 12, 'percent', 'indian car market', null, {
        parties: ['IN', 'JP'],
        period: AS_OF,
        kind: 'share',
      }),
    ],
    { docPair: ['IN', 'JP'] },
  ),
  devCase(P, 'Energy products made up nearly 70% of the exports.', [
    fig('nearly 70%', 70, 'percent', 'exports', 'trade.exports', { approx: 'nearly', kind: 'share' }),
  ]),
];
