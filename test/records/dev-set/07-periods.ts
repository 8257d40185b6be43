/** Periods: the time that governs the quantity (same clause, nearest), "as of" for present stocks, null for past changes. */
import {
  AS_OF,
  devCase,
  fig,
  flow,
  half,
  month,
  months,
  pastYears,
  quarter,
  since,
  year,
  yearRange,
} from './_helpers.js';

const P = 'period';

export const PERIODS = [
  devCase(P, 'In the second half of 2023, trade was $21 billion.', [
    fig('$21 billion', 21e9, 'USD', 'trade', 'trade.total', { period: half(2023, 2) }),
  ]),
  devCase(P, 'Trade reached $21 billion in H1 2024.', [
    fig('$21 billion', 21e9, 'USD', 'trade', 'trade.total', { period: half(2024, 1) }),
  ]),
  devCase(P, 'Over the first four months of this year, trade grew 8%.', [
    fig('grew 8%', 8, 'percent', 'trade', 'trade.total', {
      period: months(2024, 1, 4, 30),
      kind: 'change',
      change: { percent: 8 },
    }),
  ]),
  devCase(P, 'Between 2013 and 2023, China invested $25 billion in Kazakhstan.', [
    fig('$25 billion', 25e9, 'USD', 'investment in kazakhstan', 'investment.total', {
      period: yearRange(2013, 2023),
      direction: { from: 'CN', to: 'KZ' },
    }),
  ]),
  devCase(
    P,
    'Trade rose to $31 billion in 2023 and to $35 billion in 2024.',
    [
      fig('$31 billion', 31e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
      fig('$35 billion', 35e9, 'USD', 'trade', 'trade.total', { period: year(2024) }),
    ],
    { published: '2025-02-01' },
  ),
  devCase(P, 'In 2023, trade reached $41 billion, and investment grew to $5 billion.', [
    fig('$41 billion', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('$5 billion', 5e9, 'USD', 'investment', 'investment.total', { period: year(2023) }),
  ]),
  devCase(P, 'Trade reached $41 billion in 2023, and there are now 4,000 Kazakh students in China.', [
    fig('$41 billion', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('4,000 Kazakh students', 4000, 'count', 'kazakh students in china', 'students.count', {
      period: AS_OF,
      direction: { from: 'KZ', to: 'CN' },
    }),
  ]),
  devCase(
    P,
    'Trade in the third quarter was $9.8 billion.',
    [fig('$9.8 billion', 9.8e9, 'USD', 'trade', 'trade.total', { period: quarter(2024, 3) })],
    { published: '2024-11-15' },
  ),
  devCase(P, 'In March 2024 alone, trade totalled $3.1 billion.', [
    fig('$3.1 billion', 3.1e9, 'USD', 'trade', 'trade.total', { period: month(2024, 3, 31) }),
  ]),
  devCase(P, 'Since 2005, China has invested more than $25 billion in Kazakhstan.', [
    fig('more than $25 billion', 25e9, 'USD', 'investment in kazakhstan', 'investment.total', {
      approx: 'over',
      period: since(2005),
      direction: { from: 'CN', to: 'KZ' },
    }),
  ]),
  devCase(P, 'Over the past ten years, Chinese loans to the country totalled $12 billion.', [
    fig('$12 billion', 12e9, 'USD', 'chinese loans to the country', 'loans.total', { period: pastYears(10) }),
  ]),
  devCase(P, 'Kazakh exports to China are currently worth about $15 billion a year.', [
    fig('about $15 billion', 15e9, 'USD', 'kazakh exports to china', 'trade.exports', {
      approx: 'about',
      period: AS_OF,
      direction: { from: 'KZ', to: 'CN' },
    }),
  ]),
  devCase(P, 'Trade fell to $24 billion, the statistics office said.', [
    fig('$24 billion', 24e9, 'USD', 'trade', 'trade.total'),
  ]),
  devCase(P, 'Some 600 Chinese firms are registered in the Almaty region.', [
    fig(
      'Some 600 Chinese firms',
      600,
      'count',
      'chinese firms registered in the almaty region',
      'enterprises.count',
      {
        approx: 'about',
        period: AS_OF,
      },
    ),
  ]),
  devCase(P, 'Last year, trade between the two neighbours reached $41 billion.', [
    fig('$41 billion', 41e9, 'USD', 'trade between the two neighbours', 'trade.total', {
      period: year(2023),
    }),
  ]),
  devCase(P, 'Trade reached $21.7 billion in January-June, up 4.1% year on year.', [
    fig('$21.7 billion', 21.7e9, 'USD', 'trade', 'trade.total', { period: half(2024, 1) }),
    fig('up 4.1%', 4.1, 'percent', 'trade', 'trade.total', {
      period: half(2024, 1),
      kind: 'change',
      change: { percent: 4.1 },
    }),
  ]),
  devCase(P, 'During the visit in 2019, the two sides signed 12 agreements.', [
    fig('12 agreements', 12, 'count', 'agreements', 'agreements.count', { period: year(2019) }),
  ]),
  devCase(
    P,
    'The 2022 figure of $24 billion was a record.',
    [fig('$24 billion', 24e9, 'USD', '2022 figure', null, { period: year(2022) })],
    {
      knownGap:
        'a year used as an adjective ("the 2022 figure") is not a time mention; the measure is only a reference',
    },
  ),
  devCase(P, 'Exports to China have doubled to $10 billion since 2020.', [
    fig('doubled to $10 billion', 10e9, 'USD', 'exports to china', 'trade.exports', {
      period: since(2020),
      direction: { from: 'KZ', to: 'CN' },
      change: { factor: 2 },
    }),
  ]),
  // A comparison base ("than in January-June 2023", "on 2022") is no figure's period; the leading time governs.
  devCase(
    P,
    'In the first half of 2024, exports to China came to $8.1 billion, 6% more than in January-June 2023.',
    [
      fig('$8.1 billion', 8.1e9, 'USD', 'exports to china', 'trade.exports', {
        period: half(2024, 1),
        ...flow('KZ', 'CN'),
      }),
      fig('6%', 6, 'percent', 'exports to china', 'trade.exports', {
        period: half(2024, 1),
        kind: 'change',
        change: { percent: 6 },
        ...flow('KZ', 'CN'),
      }),
    ],
    { published: '2024-08-06' },
  ),
  devCase(
    P,
    'Trade kept growing last year, when turnover with China climbed to $29.5 billion, up 12 percent on 2022.',
    [
      fig('$29.5 billion', 29.5e9, 'USD', 'turnover with china', 'trade.total', { period: year(2023) }),
      fig('up 12 percent', 12, 'percent', 'turnover with china', 'trade.total', {
        period: year(2023),
        kind: 'change',
        change: { percent: 12 },
      }),
    ],
  ),
  // A figure told in the past with no time of its own takes the period of the figure just before it.
  devCase(
    P,
    'Bilateral trade hit $19 billion in 2022. Exports to China amounted to $10.1 billion, while imports from China came to $8.9 billion.',
    [
      fig('$19 billion', 19e9, 'USD', 'bilateral trade', 'trade.total', { period: year(2022) }),
      fig('$10.1 billion', 10.1e9, 'USD', 'exports to china', 'trade.exports', {
        period: year(2022),
        ...flow('KZ', 'CN'),
      }),
      fig('$8.9 billion', 8.9e9, 'USD', 'imports from china', 'trade.imports', {
        period: year(2022),
        ...flow('CN', 'KZ'),
      }),
    ],
  ),
  devCase(
    P,
    "Uzbekistan's exports to China were worth $2.3 billion in 2022. China, for its part, recorded $2.9 billion of imports from Uzbekistan over the same period.",
    [
      fig('$2.3 billion', 2.3e9, 'USD', "uzbekistan's exports to china", 'trade.exports', {
        parties: ['CN', 'UZ'],
        period: year(2022),
        ...flow('UZ', 'CN'),
      }),
      fig('$2.9 billion', 2.9e9, 'USD', 'imports from uzbekistan', 'trade.imports', {
        parties: ['CN', 'UZ'],
        period: year(2022),
        ...flow('UZ', 'CN'),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(
    P,
    'Turnover with Russia slipped to $25.1 billion in 2023, down from $26 billion a year earlier.',
    [
      fig('$25.1 billion', 25.1e9, 'USD', 'turnover with russia', 'trade.total', {
        parties: ['KZ', 'RU'],
        period: year(2023),
      }),
      fig('$26 billion', 26e9, 'USD', 'turnover with russia', 'trade.total', {
        parties: ['KZ', 'RU'],
        period: year(2022),
      }),
    ],
    { docPair: ['KZ', 'RU'] },
  ),
  // Reported speech puts a progressive in the past; it still tells what goes on at the time of the report.
  devCase(
    P,
    'An official said the two sides were preparing 60 joint projects.',
    [
      fig('60 joint projects', 60, 'count', 'joint projects', 'projects.count', {
        period: { label: '2024', start: null, end: '2024-10-29' },
      }),
    ],
    { published: '2024-10-29' },
  ),
  // Comparison bases are no figure's period: "compared with 2021", "against 2023", "from the same period in 2023";
  // the change's period is the one the sentence gives for now, or none.
  devCase(P, 'Bilateral trade rose 12% compared with 2021.', [
    fig('rose 12%', 12, 'percent', 'bilateral trade', 'trade.total', {
      kind: 'change',
      change: { percent: 12 },
    }),
  ]),
  devCase(P, 'In 2023, trade reached $41 billion, up 12% compared to 2022.', [
    fig('$41 billion', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('up 12%', 12, 'percent', 'trade', 'trade.total', {
      period: year(2023),
      kind: 'change',
      change: { percent: 12 },
    }),
  ]),
  devCase(P, 'In the first quarter, Kazakh exports to China were up 8% against 2023.', [
    fig('up 8%', 8, 'percent', 'kazakh exports to china', 'trade.exports', {
      period: quarter(2024, 1),
      kind: 'change',
      change: { percent: 8 },
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Trade rose 12% against the same period last year.', [
    fig('rose 12%', 12, 'percent', 'trade', 'trade.total', { kind: 'change', change: { percent: 12 } }),
  ]),
  devCase(P, 'Exports to China totalled $7 billion, up 10% from the same period in 2023.', [
    fig('$7 billion', 7e9, 'USD', 'exports to china', 'trade.exports', flow('KZ', 'CN')),
    fig('up 10%', 10, 'percent', 'exports to china', 'trade.exports', {
      kind: 'change',
      change: { percent: 10 },
      ...flow('KZ', 'CN'),
    }),
  ]),
  // The time after "compared with $8 billion" belongs to the base, not to the level before it.
  devCase(P, 'Imports reached $9 billion compared with $8 billion in the same period of 2023.', [
    fig('$9 billion', 9e9, 'USD', 'imports', 'trade.imports'),
    fig('$8 billion', 8e9, 'USD', 'imports', 'trade.imports', { period: year(2023) }),
  ]),
  devCase(P, 'In January-May, exports were $7 billion, against $6 billion a year earlier.', [
    fig('$7 billion', 7e9, 'USD', 'exports', 'trade.exports', { period: months(2024, 1, 5, 31) }),
    fig('$6 billion', 6e9, 'USD', 'exports', 'trade.exports', { period: months(2023, 1, 5, 31) }),
  ]),
  // "2021 to $31 billion" is no range: the year is the base, the level the new one.
  devCase(P, 'Trade grew 12% compared to 2021 to $31 billion.', [
    fig('grew 12%', 12, 'percent', 'trade', 'trade.total', { kind: 'change', change: { percent: 12 } }),
    fig('$31 billion', 31e9, 'USD', 'trade', 'trade.total'),
  ]),
  devCase(P, 'Freight through Khorgos grew 9% year on year in the first half of 2024.', [
    fig('grew 9%', 9, 'percent', 'freight through khorgos', 'freight.volume', {
      period: half(2024, 1),
      kind: 'change',
      change: { percent: 9 },
    }),
  ]),
];
