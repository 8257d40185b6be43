/** "X reached / amounted to / stood at / exceeded / totalled / hit / topped / rose to / grew to / was Q". */
import { AS_OF, devCase, fig, flow, half, month, months, quarter, year } from './_helpers.js';

const P = 'linking verb';

export const LINKING_VERBS = [
  devCase(P, 'Bilateral trade reached $41 billion last year.', [
    fig('$41 billion', 41e9, 'USD', 'bilateral trade', 'trade.total', { period: year(2023) }),
  ]),
  devCase(P, 'Mutual trade totalled $24 billion in 2022, according to the national statistics bureau.', [
    fig('$24 billion', 24e9, 'USD', 'mutual trade', 'trade.total', { period: year(2022) }),
  ]),
  devCase(P, 'Trade turnover between Kazakhstan and China amounted to $31.4 billion in 2023.', [
    fig('$31.4 billion', 31.4e9, 'USD', 'trade turnover between kazakhstan and china', 'trade.total', {
      period: year(2023),
    }),
  ]),
  devCase(P, "Kazakhstan's exports to China stood at $14.7 billion in 2023.", [
    fig('$14.7 billion', 14.7e9, 'USD', "kazakhstan's exports to china", 'trade.exports', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, "China's exports to Kazakhstan reached $14 billion in 2021.", [
    fig('$14 billion', 14e9, 'USD', "china's exports to kazakhstan", 'trade.exports', {
      period: year(2021),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, "Kazakhstan's imports from China amounted to $8.2 billion in 2021.", [
    fig('$8.2 billion', 8.2e9, 'USD', "kazakhstan's imports from china", 'trade.imports', {
      period: year(2021),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Bilateral trade turnover grew to $5.6 billion in the first half of 2024.', [
    fig('$5.6 billion', 5.6e9, 'USD', 'bilateral trade turnover', 'trade.total', { period: half(2024, 1) }),
  ]),
  devCase(P, 'Trade between the two countries hit a record $41 billion in 2023.', [
    fig('$41 billion', 41e9, 'USD', 'trade between the two countries', 'trade.total', { period: year(2023) }),
  ]),
  devCase(P, 'The trade surplus totalled $2.1 billion in the first quarter.', [
    fig('$2.1 billion', 2.1e9, 'USD', 'trade surplus', 'trade.balance', { period: quarter(2024, 1) }),
  ]),
  devCase(P, 'The volume of trade between the two countries was $2.3 billion in 2021.', [
    fig('$2.3 billion', 2.3e9, 'USD', 'volume of trade between the two countries', 'trade.total', {
      period: year(2021),
    }),
  ]),
  devCase(P, 'Trade turnover is now about $40 billion a year.', [
    fig('about $40 billion', 40e9, 'USD', 'trade turnover', 'trade.total', {
      approx: 'about',
      period: AS_OF,
    }),
  ]),
  devCase(P, 'Foreign direct investment from China totalled $1.3 billion in 2023.', [
    fig('$1.3 billion', 1.3e9, 'USD', 'foreign direct investment from china', 'investment.total', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Chinese direct investment in Kazakhstan exceeded $5 billion in the first half of 2024.', [
    fig('exceeded $5 billion', 5e9, 'USD', 'chinese direct investment in kazakhstan', 'investment.total', {
      approx: 'over',
      period: half(2024, 1),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'In January-March, trade between Kazakhstan and Russia fell to $5.7 billion.',
    [
      fig('$5.7 billion', 5.7e9, 'USD', 'trade between kazakhstan and russia', 'trade.total', {
        parties: ['KZ', 'RU'],
        period: quarter(2024, 1),
      }),
    ],
    { docPair: ['KZ', 'RU'] },
  ),
  devCase(
    P,
    "Uzbekistan's trade with China topped $11 billion last year.",
    [
      fig('topped $11 billion', 11e9, 'USD', "uzbekistan's trade with china", 'trade.total', {
        approx: 'over',
        parties: ['CN', 'UZ'],
        period: year(2023),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'Trade was worth $1.5 billion in 2000.', [
    fig('$1.5 billion', 1.5e9, 'USD', 'trade', 'trade.total', { period: year(2000) }),
  ]),
  devCase(P, 'Trade stood at $20 billion at the end of 2023.', [
    fig('$20 billion', 20e9, 'USD', 'trade', 'trade.total', {
      period: { label: 'end-2023', start: '2023-12-01', end: '2023-12-31' },
    }),
  ]),
  devCase(P, 'Trade in the first six months of 2024 reached $21 billion.', [
    fig('$21 billion', 21e9, 'USD', 'trade', 'trade.total', { period: half(2024, 1) }),
  ]),
  devCase(
    P,
    "Germany's exports to China came to 97 billion euros in 2023.",
    [
      fig('97 billion euros', 97e9, 'EUR', "germany's exports to china", 'trade.exports', {
        parties: ['CN', 'DE'],
        period: year(2023),
        ...flow('DE', 'CN'),
      }),
    ],
    { docPair: ['CN', 'DE'] },
  ),
  devCase(
    P,
    'Trade between Turkey and Azerbaijan reached $7.5 billion in 2023.',
    [
      fig('$7.5 billion', 7.5e9, 'USD', 'trade between turkey and azerbaijan', 'trade.total', {
        parties: ['AZ', 'TR'],
        period: year(2023),
      }),
    ],
    { docPair: ['AZ', 'TR'] },
  ),
  devCase(
    P,
    'Annual trade between India and Japan stands at around $22 billion.',
    [
      fig('around $22 billion', 22e9, 'USD', 'annual trade between india and japan', 'trade.total', {
        approx: 'about',
        parties: ['IN', 'JP'],
        period: AS_OF,
      }),
    ],
    { docPair: ['IN', 'JP'] },
  ),
  devCase(P, 'The number of Chinese tourists visiting Kazakhstan reached 650,000 people in 2023.', [
    fig(
      '650,000 people',
      650000,
      'count',
      'number of chinese tourists visiting kazakhstan',
      'tourists.count',
      {
        period: year(2023),
        ...flow('CN', 'KZ'),
      },
    ),
  ]),
  devCase(P, 'Weekly flights between the two countries increased to 150 in March.', [
    fig('150', 150, 'count', 'weekly flights between the two countries', 'flights.count', {
      period: month(2024, 3, 31),
    }),
  ]),
  devCase(P, 'The number of freight trains passing through Khorgos rose to 7,000 in 2023.', [
    fig('7,000', 7000, 'count', 'number of freight trains passing through khorgos', 'trains.count', {
      period: year(2023),
    }),
  ]),
  devCase(P, 'Container traffic through the port reached 1.2 million TEU last year.', [
    fig('1.2 million TEU', 1.2e6, 'TEU', 'container traffic through the port', 'containers.count', {
      period: year(2023),
    }),
  ]),
  devCase(P, 'Rail freight between the countries rose to 28 million tonnes last year.', [
    fig('28 million tonnes', 28e6, 't', 'rail freight between the countries', 'freight.volume', {
      period: year(2023),
    }),
  ]),
  devCase(P, 'In January-May, bilateral trade amounted to $15.8 billion.', [
    fig('$15.8 billion', 15.8e9, 'USD', 'bilateral trade', 'trade.total', { period: months(2024, 1, 5, 31) }),
  ]),
  devCase(P, 'The stock of Chinese investment in Kazakhstan is estimated at $21 billion.', [
    fig('$21 billion', 21e9, 'USD', 'stock of chinese investment in kazakhstan', 'investment.stock', {
      period: AS_OF,
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Kazakh wheat exports to China totalled 1.1 million tonnes in 2023.', [
    fig('1.1 million tonnes', 1.1e6, 't', 'kazakh wheat exports to china', 'trade.exports.agrifood', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Oil exports from Kazakhstan to China reached 1.5 million tonnes in the first quarter.', [
    fig('1.5 million tonnes', 1.5e6, 't', 'oil exports from kazakhstan to china', 'energy.supply', {
      period: quarter(2024, 1),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Gas deliveries to China were 10 billion cubic metres in 2023.', [
    fig('10 billion cubic metres', 10e9, 'm3', 'gas deliveries to china', 'energy.supply', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'The total value of the agreements signed exceeded $30 billion.', [
    fig('exceeded $30 billion', 30e9, 'USD', 'total value of the agreements signed', 'agreements.value', {
      approx: 'over',
    }),
  ]),
  devCase(P, 'Kazakh students in China numbered about 15,000 last year.', [
    fig('about 15,000', 15000, 'count', 'kazakh students in china', 'students.count', {
      approx: 'about',
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, "China's share in Kazakhstan's trade reached 21%.", [
    fig('21%', 21, 'percent', "china's share in kazakhstan's trade", 'trade.total', { kind: 'share' }),
  ]),
  devCase(P, 'Trade has already surpassed $20 billion this year.', [
    fig('surpassed $20 billion', 20e9, 'USD', 'trade', 'trade.total', {
      approx: 'over',
      period: year(2024),
    }),
  ]),
  devCase(P, 'Chinese loans to Kazakhstan stood at $9.3 billion at the start of 2024.', [
    fig('$9.3 billion', 9.3e9, 'USD', 'chinese loans to kazakhstan', 'loans.total', {
      period: { label: 'start-2024', start: '2024-01-01', end: '2024-01-31' },
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Humanitarian aid from China amounted to $50 million in 2022.', [
    fig('$50 million', 50e6, 'USD', 'humanitarian aid from china', 'aid.total', {
      period: year(2022),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Grain transit through Kazakhstan reached 2 million tonnes in 2023.', [
    fig('2 million tonnes', 2e6, 't', 'grain transit through kazakhstan', 'freight.volume', {
      period: year(2023),
    }),
  ]),
  devCase(P, "Kazakhstan's GDP was $261 billion in 2023.", [
    fig('$261 billion', 261e9, 'USD', "kazakhstan's gdp", 'gdp.total', { period: year(2023) }),
  ]),
  // The verb of the second figure is left out: "and imports from China $7.4 billion".
  devCase(P, 'Exports to China reached $6.2 billion and imports from China $7.4 billion in the first half.', [
    fig('$6.2 billion', 6.2e9, 'USD', 'exports to china', 'trade.exports', {
      period: half(2024, 1),
      ...flow('KZ', 'CN'),
    }),
    fig('$7.4 billion', 7.4e9, 'USD', 'imports from china', 'trade.imports', {
      period: half(2024, 1),
      ...flow('CN', 'KZ'),
    }),
  ]),
  // A headline writes the amount before its noun.
  devCase(
    P,
    'Uzbekistan Reports Record $14 Billion Trade With China for 2023',
    [
      fig('$14 Billion', 14e9, 'USD', 'trade with china', 'trade.total', {
        parties: ['CN', 'UZ'],
        period: year(2023),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  // After a determiner, the noun right after the amount is its measure.
  devCase(P, 'Officials blame transit goods for the $6 billion difference.', [
    fig('$6 billion', 6e9, 'USD', 'difference', null),
  ]),
  devCase(P, 'The company received a $5 billion loan from China.', [
    fig('$5 billion', 5e9, 'USD', 'loan from china', 'loans.total', { ...flow('CN', 'KZ') }),
  ]),
];
