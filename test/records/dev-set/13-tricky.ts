/** Several figures in one sentence, lists, ranges, third countries, figures of another pair inside a report. */
import { AS_OF, by, devCase, fig, flow, year } from './_helpers.js';

const P = 'tricky';

export const TRICKY = [
  devCase(P, 'Trade rose to $31 billion, compared with $24 billion in 2022.', [
    fig('$31 billion', 31e9, 'USD', 'trade', 'trade.total'),
    fig('$24 billion', 24e9, 'USD', 'trade', 'trade.total', { period: year(2022) }),
  ]),
  devCase(P, 'Chinese investment in the project is estimated at $3-5 billion.', [
    fig('$3-5 billion', null, 'USD', 'chinese investment in the project', 'investment.total', {
      period: AS_OF,
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Kazakhstan exported $14.7 billion and imported $16.7 billion from China in 2023.', [
    fig('$14.7 billion', 14.7e9, 'USD', 'exports', 'trade.exports', {
      period: year(2023),
      ...flow('KZ', 'CN'),
    }),
    fig('$16.7 billion', 16.7e9, 'USD', 'imports from china', 'trade.imports', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'Turkey and Azerbaijan want to lift trade to $15 billion, while Kazakhstan aims for $10 billion with Azerbaijan.',
    [
      fig('$15 billion', 15e9, 'USD', 'trade', 'trade.total', { parties: ['AZ', 'TR'], kind: 'target' }),
      fig('$10 billion', 10e9, 'USD', null, null, { parties: ['AZ', 'KZ'], kind: 'target' }),
    ],
    {
      docPair: ['AZ', 'TR'],
      knownGap: 'the second target names its measure by ellipsis ("aims for") across a clause',
    },
  ),
  devCase(
    P,
    'China remains the top investor, and Russia is the largest trading partner with $26 billion in trade.',
    [fig('$26 billion', 26e9, 'USD', 'trade', 'trade.total', { parties: ['KZ', 'RU'], period: AS_OF })],
    {
      docPair: ['CN', 'KZ'],
      knownGap: 'the partner of the unnamed country (Kazakhstan) is not read from "largest trading partner"',
    },
  ),
  devCase(
    P,
    'Over 4,000 Kazakh students study in China, and about 3,000 Chinese students study in Kazakhstan.',
    [
      fig('Over 4,000 Kazakh students', 4000, 'count', 'kazakh students', 'students.count', {
        approx: 'over',
        period: AS_OF,
        ...flow('KZ', 'CN'),
      }),
      fig('about 3,000 Chinese students', 3000, 'count', 'chinese students', 'students.count', {
        approx: 'about',
        period: AS_OF,
        ...flow('CN', 'KZ'),
      }),
    ],
  ),
  devCase(P, 'Trade reached $41 billion last year; the goal is to reach $80 billion by 2030.', [
    fig('$41 billion', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    fig('$80 billion', 80e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(
    P,
    'The two countries have 52 joint projects worth $36 billion, of which 12 worth $4 billion are completed.',
    [
      fig('52 joint projects', 52, 'count', 'joint projects', 'projects.count', { period: AS_OF }),
      fig('$36 billion', 36e9, 'USD', 'value of joint projects', 'projects.value', { period: AS_OF }),
      fig('12', 12, 'count', 'joint projects completed', 'projects.count', { period: AS_OF }),
      fig('$4 billion', 4e9, 'USD', 'value of joint projects completed', 'projects.value', { period: AS_OF }),
    ],
    { knownGap: '"of which 12" refers to the projects by ellipsis' },
  ),
  devCase(
    P,
    'Kazakhstan, Uzbekistan and China signed deals worth $2 billion.',
    [fig('$2 billion', 2e9, 'USD', 'value of deals', 'agreements.value', { parties: ['CN', 'KZ', 'UZ'] })],
    { knownGap: 'parties stop at two from the sentence' },
  ),
  devCase(
    P,
    'China bought 30% more Kazakh wheat than in 2022.',
    [
      fig('30%', 30, 'percent', 'kazakh wheat', 'trade.exports', {
        kind: 'change',
        change: { percent: 30 },
        ...flow('KZ', 'CN'),
      }),
    ],
    { knownGap: 'a comparative ("30% more X than") is a change whose measure follows it' },
  ),
  devCase(P, "Kazakhstan's trade with the EU was $40 billion, almost equal to its trade with China.", [
    fig('$40 billion', 40e9, 'USD', "kazakhstan's trade with the eu", 'trade.total', {
      parties: ['EU', 'KZ'],
    }),
  ]),
  devCase(P, 'Tokayev said that a record 80 container trains a day cross the border.', [
    fig('80 container trains', 80, 'count', 'container trains', 'trains.count', { period: AS_OF }),
  ]),
];
