/** Indicators beyond trade and investment, and physical units: flights, trains, containers, energy, jobs, agreements. */
import { AS_OF, devCase, fig, flow, half, quarter, year } from './_helpers.js';

const P = 'indicator';

export const INDICATORS = [
  devCase(P, 'The Khorgos dry port handled 500,000 TEU in 2023.', [
    fig('500,000 TEU', 500000, 'TEU', null, 'containers.count', { period: year(2023) }),
  ]),
  devCase(P, 'The pipeline carries up to 20 million tonnes of crude a year.', [
    fig('up to 20 million tonnes', 20e6, 't', 'crude', 'energy.supply', { approx: 'up to', period: AS_OF }),
  ]),
  devCase(P, 'Air China operates 28 flights a week to Astana and Almaty.', [
    fig('28 flights', 28, 'count', 'flights', 'flights.count', { period: AS_OF }),
  ]),
  devCase(
    P,
    'Some 1,200 container trains ran on the China-Europe route through Kazakhstan in the first quarter.',
    [
      fig('Some 1,200 container trains', 1200, 'count', 'container trains', 'trains.count', {
        approx: 'about',
        period: quarter(2024, 1),
      }),
    ],
  ),
  devCase(P, 'The wind farm has a capacity of 100 MW.', [
    fig('100 MW', 100, 'MW', 'capacity', 'energy.capacity', { period: AS_OF }),
  ]),
  devCase(P, 'The new railway line will be 340 km long.', [
    fig('340 km', 340, 'km', 'new railway line', 'infrastructure.length', { kind: 'target' }),
  ]),
  devCase(P, 'Uranium exports to China reached 8,000 tonnes in 2023.', [
    fig('8,000 tonnes', 8000, 't', 'uranium exports to china', 'energy.supply', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'The joint venture created 1,500 jobs in 2023.', [
    fig('1,500 jobs', 1500, 'count', 'jobs', 'jobs.count', { period: year(2023) }),
  ]),
  devCase(P, 'During the forum, 40 commercial agreements were signed.', [
    fig('40 commercial agreements', 40, 'count', 'commercial agreements signed', 'agreements.count'),
  ]),
  devCase(P, 'China granted $150 million in humanitarian assistance in 2022.', [
    fig('$150 million', 150e6, 'USD', 'humanitarian assistance', 'aid.total', {
      period: year(2022),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Passenger traffic between the countries rose to 1.2 million people last year.', [
    fig('1.2 million people', 1.2e6, 'count', 'passenger traffic between the countries', 'visitors.count', {
      period: year(2023),
    }),
  ]),
  devCase(
    P,
    'Cargo transportation by rail between China and Kazakhstan reached 28.5 million tonnes in 2023.',
    [
      fig(
        '28.5 million tonnes',
        28.5e6,
        't',
        'cargo transportation by rail between china and kazakhstan',
        'freight.volume',
        {
          period: year(2023),
        },
      ),
    ],
  ),
  devCase(P, 'Kazakhstan exported 1.5 million tonnes of flour to Afghanistan in 2023.', [
    fig('1.5 million tonnes', 1.5e6, 't', 'exports of flour to afghanistan', 'trade.exports', {
      parties: ['AF', 'KZ'],
      period: year(2023),
      ...flow('KZ', 'AF'),
    }),
  ]),
  devCase(P, 'The Chinese side provided 2 billion yuan in grants in the first half of 2024.', [
    fig('2 billion yuan', 2e9, 'CNY', 'grants', 'aid.total', { period: half(2024, 1), ...flow('CN', 'KZ') }),
  ]),
  devCase(P, 'The number of Kazakh students on Chinese government scholarships reached 1,000.', [
    fig(
      '1,000',
      1000,
      'count',
      'number of kazakh students on chinese government scholarships',
      'students.count',
      {
        ...flow('KZ', 'CN'),
      },
    ),
  ]),
  devCase(P, 'Transit of Chinese goods through Kazakhstan totalled 19 million tonnes in 2023.', [
    fig('19 million tonnes', 19e6, 't', 'transit of chinese goods through kazakhstan', 'freight.volume', {
      period: year(2023),
    }),
  ]),
];
