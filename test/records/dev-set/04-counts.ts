/** Counts and their values: "45 projects worth $14.5 billion", "4,700 enterprises with Chinese capital", "there are". */
import { AS_OF, devCase, fig, flow, month, since, year } from './_helpers.js';

const P = 'count';

export const COUNTS = [
  devCase(
    P,
    'Tokayev stated that 45 projects worth a total of $14.5 billion are currently being implemented.',
    [
      fig('45 projects', 45, 'count', 'projects being implemented', 'projects.count', { period: AS_OF }),
      fig('$14.5 billion', 14.5e9, 'USD', 'value of projects being implemented', 'projects.value', {
        period: AS_OF,
      }),
    ],
  ),
  devCase(P, 'The programme involves over 4,700 enterprises with Chinese capital.', [
    fig('over 4,700 enterprises', 4700, 'count', 'enterprises with chinese capital', 'enterprises.count', {
      approx: 'over',
      period: AS_OF,
    }),
  ]),
  devCase(P, 'Education ties are developing, with over 4,000 Kazakh students in Chinese universities.', [
    fig(
      'over 4,000 Kazakh students',
      4000,
      'count',
      'kazakh students in chinese universities',
      'students.count',
      {
        approx: 'over',
        period: AS_OF,
        ...flow('KZ', 'CN'),
      },
    ),
  ]),
  devCase(P, 'There are currently 1,200 Chinese companies operating in Kazakhstan.', [
    fig('1,200 Chinese companies', 1200, 'count', 'chinese companies', 'enterprises.count', {
      period: AS_OF,
    }),
  ]),
  devCase(P, 'Eleven projects valued at $5.5 billion are under way.', [
    fig('Eleven projects', 11, 'count', 'projects under way', 'projects.count', { period: AS_OF }),
    fig('$5.5 billion', 5.5e9, 'USD', 'value of projects under way', 'projects.value', { period: AS_OF }),
  ]),
  devCase(P, 'The portfolio includes 51 joint projects with a total value of $26 billion.', [
    fig('51 joint projects', 51, 'count', 'joint projects', 'projects.count', { period: AS_OF }),
    fig('$26 billion', 26e9, 'USD', 'value of joint projects', 'projects.value', { period: AS_OF }),
  ]),
  devCase(P, 'The two sides signed 30 documents worth over $4.5 billion.', [
    fig('30 documents', 30, 'count', 'documents', 'agreements.count'),
    fig('over $4.5 billion', 4.5e9, 'USD', 'value of documents', 'agreements.value', { approx: 'over' }),
  ]),
  devCase(P, 'More than 30 agreements worth $22 billion were signed during the visit.', [
    fig('More than 30 agreements', 30, 'count', 'agreements signed', 'agreements.count', { approx: 'over' }),
    fig('$22 billion', 22e9, 'USD', 'value of agreements signed', 'agreements.value'),
  ]),
  devCase(P, 'In 2019, 55 projects worth $27 billion were in the portfolio.', [
    fig('55 projects', 55, 'count', 'projects', 'projects.count', { period: year(2019) }),
    fig('$27 billion', 27e9, 'USD', 'value of projects', 'projects.value', { period: year(2019) }),
  ]),
  devCase(P, 'Some 3,000 Chinese students study in Kazakh universities.', [
    fig('Some 3,000 Chinese students', 3000, 'count', 'chinese students', 'students.count', {
      approx: 'about',
      period: AS_OF,
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'More than 15,000 Kazakh students are enrolled at Chinese universities.', [
    fig(
      'More than 15,000 Kazakh students',
      15000,
      'count',
      'kazakh students enrolled at chinese universities',
      'students.count',
      {
        approx: 'over',
        period: AS_OF,
        ...flow('KZ', 'CN'),
      },
    ),
  ]),
  devCase(
    P,
    'About 500 joint ventures with Russian capital operate in Uzbekistan.',
    [
      fig(
        'About 500 joint ventures',
        500,
        'count',
        'joint ventures with russian capital',
        'enterprises.count',
        {
          approx: 'about',
          parties: ['RU', 'UZ'],
          period: AS_OF,
        },
      ),
    ],
    { docPair: ['RU', 'UZ'] },
  ),
  devCase(P, 'There are 140 flights a week between Kazakhstan and China.', [
    fig('140 flights', 140, 'count', 'flights', 'flights.count', { period: AS_OF }),
  ]),
  devCase(
    P,
    'Around 1.4 million tourists from China visited Uzbekistan in 2023.',
    [
      fig('Around 1.4 million tourists', 1.4e6, 'count', 'tourists from china', 'tourists.count', {
        approx: 'about',
        parties: ['CN', 'UZ'],
        period: year(2023),
        ...flow('CN', 'UZ'),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'Kazakhstan welcomed 650,000 visitors from China in 2023.', [
    fig('650,000 visitors', 650000, 'count', 'visitors from china', 'visitors.count', {
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'The visa-free regime has already attracted 300,000 travellers.', [
    fig('300,000 travellers', 300000, 'count', 'travellers', 'visitors.count', { period: AS_OF }),
  ]),
  devCase(P, 'The plant employs 1,200 local workers.', [
    fig('1,200 local workers', 1200, 'count', 'local workers', 'jobs.count', { period: AS_OF }),
  ]),
  devCase(P, 'As of June 1, 2024, 12 projects had been commissioned.', [
    fig('12 projects', 12, 'count', 'projects commissioned', 'projects.count', {
      period: { label: '2024-06-01', start: '2024-06-01', end: '2024-06-01' },
    }),
  ]),
  devCase(
    P,
    'Since 2011, over 20,000 container trains have travelled between China and Europe.',
    [
      fig(
        'over 20,000 container trains',
        20000,
        'count',
        'container trains travelled between china and europe',
        'trains.count',
        {
          approx: 'over',
          parties: ['CN'],
          period: since(2011),
        },
      ),
    ],
    { docPair: ['CN'] },
  ),
  devCase(P, 'Tokayev said Kazakhstan has 12 projects worth $3.8 billion already commissioned.', [
    fig('12 projects', 12, 'count', 'projects', 'projects.count', { period: AS_OF }),
    fig('$3.8 billion', 3.8e9, 'USD', 'value of projects', 'projects.value', { period: AS_OF }),
  ]),
  devCase(P, 'In May, 1,150 container trains crossed the border at Khorgos.', [
    fig('1,150 container trains', 1150, 'count', 'container trains', 'trains.count', {
      period: month(2024, 5, 31),
    }),
  ]),
  devCase(
    P,
    'Four new border crossings with China are planned.',
    [
      fig('Four new border crossings', 4, 'count', 'new border crossings with china', null, {
        kind: 'target',
      }),
    ],
    { knownGap: 'the quantity stage finds no counted noun after "Four new border" and drops the number' },
  ),
  devCase(
    P,
    'Chinese firms employ 37,000 Kazakh citizens.',
    [fig('37,000 Kazakh citizens', 37000, 'count', 'kazakh citizens', 'jobs.count', { period: AS_OF })],
    { knownGap: 'the employed are named by the verb, not the noun; no taxonomy term matches "citizens"' },
  ),
  devCase(P, 'The university has opened 3 branches in Astana and Almaty since 2020.', [
    fig('3 branches', 3, 'count', 'branches in astana and almaty', null, { period: since(2020) }),
  ]),
  devCase(P, 'At least 25 Chinese banks operate in the country.', [
    fig('At least 25 Chinese banks', 25, 'count', 'chinese banks', null, { approx: 'over', period: AS_OF }),
  ]),
  // "counts" is a present verb; "a combined value" an adjective, not a past verb.
  devCase(P, 'The current list counts 48 projects with a combined value of about $20 billion.', [
    fig('48 projects', 48, 'count', 'projects', 'projects.count', { period: AS_OF }),
    fig('about $20 billion', 20e9, 'USD', 'value of projects', 'projects.value', {
      approx: 'about',
      period: AS_OF,
    }),
  ]),
  // Number words as determiners: "a dozen" is 12, "half a million" 500,000; "another" adds a count of its own.
  devCase(P, 'The two countries are carrying out a dozen joint projects in agriculture.', [
    fig('a dozen joint projects', 12, 'count', 'joint projects in agriculture', 'projects.count', {
      period: AS_OF,
    }),
  ]),
  devCase(P, 'Some half a million Chinese tourists visited Kazakhstan in 2023.', [
    fig('Some half a million Chinese tourists', 500000, 'count', 'chinese tourists', 'tourists.count', {
      approx: 'about',
      period: year(2023),
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(P, 'Another 11 agreements worth $2.4 billion were signed at the business forum.', [
    fig('11 agreements', 11, 'count', 'agreements signed at the business forum', 'agreements.count'),
    fig('$2.4 billion', 2.4e9, 'USD', 'value of agreements signed at the business forum', 'agreements.value'),
  ]),
  // A subject count followed by "will" is planned, even with its measure running on between them.
  devCase(P, 'Another eleven enterprises with Chinese capital will open in the zone next year.', [
    fig('eleven enterprises', 11, 'count', 'enterprises with chinese capital', 'enterprises.count', {
      period: year(2025),
      kind: 'target',
    }),
  ]),
  devCase(P, 'A further 15 joint projects are planned.', [
    fig('15 joint projects', 15, 'count', 'joint projects planned', 'projects.count', { kind: 'target' }),
  ]),
  devCase(P, 'Tokayev said 45 projects worth $14.5 billion would be implemented.', [
    fig('45 projects', 45, 'count', 'projects', 'projects.count', { kind: 'target' }),
    fig('$14.5 billion', 14.5e9, 'USD', 'value of projects', 'projects.value', { kind: 'target' }),
  ]),
  // "Dozens of" is vague: no figure of its own, and no part of the measure of the value beside it.
  devCase(P, 'Dozens of agreements worth $3 billion were signed.', [
    fig('$3 billion', 3e9, 'USD', 'value of agreements signed', 'agreements.value'),
  ]),
];
