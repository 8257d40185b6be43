/** Targets: plans, goals, "will", "expected to", deadlines ("by 2030", "in the coming years"). */
import { by, devCase, fig, flow, vague, year } from './_helpers.js';

const P = 'target';

export const TARGETS = [
  devCase(P, 'The sides aim to bring bilateral trade to $40 billion by 2030.', [
    fig('$40 billion', 40e9, 'USD', 'bilateral trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'Kazakhstan and China plan to increase trade to $35 billion by 2030.', [
    fig('$35 billion', 35e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'Trade is expected to reach $50 billion by 2030.', [
    fig('$50 billion', 50e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'Trade is set to hit $50 billion by 2030.', [
    fig('$50 billion', 50e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'By the end of 2025, trade should reach $45 billion.', [
    fig('$45 billion', 45e9, 'USD', 'trade', 'trade.total', {
      period: { label: 'by 2025', start: null, end: '2025-12-31' },
      kind: 'target',
    }),
  ]),
  devCase(P, 'The sides agreed to raise trade to $40 billion by 2030.', [
    fig('$40 billion', 40e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'Kazakhstan intends to increase exports to China to $20 billion.', [
    fig('$20 billion', 20e9, 'USD', 'exports to china', 'trade.exports', {
      kind: 'target',
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Leaders hope to boost annual trade to $100 billion in the coming years.', [
    fig('$100 billion', 100e9, 'USD', 'annual trade', 'trade.total', {
      period: vague('coming years'),
      kind: 'target',
    }),
  ]),
  devCase(P, 'Kazakhstan plans to export 10 million tonnes of grain to China by 2030.', [
    fig('10 million tonnes', 10e6, 't', 'exports of grain to china', 'trade.exports.agrifood', {
      period: by(2030),
      kind: 'target',
      ...flow('KZ', 'CN'),
    }),
  ]),
  devCase(P, 'Investment is projected to exceed $10 billion next year.', [
    fig('exceed $10 billion', 10e9, 'USD', 'investment', 'investment.total', {
      approx: 'over',
      period: year(2025),
      kind: 'target',
    }),
  ]),
  devCase(P, 'The projects will create 25,000 jobs.', [
    fig('25,000 jobs', 25000, 'count', 'jobs', 'jobs.count', { kind: 'target' }),
  ]),
  devCase(
    P,
    'Uzbekistan seeks to attract $5 billion in Chinese investment by 2026.',
    [
      fig('$5 billion', 5e9, 'USD', 'chinese investment', 'investment.total', {
        parties: ['CN', 'UZ'],
        period: by(2026),
        kind: 'target',
        ...flow('CN', 'UZ'),
      }),
    ],
    { docPair: ['CN', 'UZ'] },
  ),
  devCase(P, 'The new railway will carry up to 20 million tonnes of cargo a year.', [
    fig('up to 20 million tonnes', 20e6, 't', 'cargo', 'freight.volume', { approx: 'up to', kind: 'target' }),
  ]),
  // A goal "for 2030" is due by then: a deadline, like "by 2030".
  devCase(P, 'Trade turnover of $50 billion is the goal for 2030.', [
    fig('$50 billion', 50e9, 'USD', 'trade turnover', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'The two countries set a target of $40 billion in trade by 2030.', [
    fig('$40 billion', 40e9, 'USD', 'trade', 'trade.total', { period: by(2030), kind: 'target' }),
  ]),
  devCase(P, 'Flights are to increase to 200 a week by the end of the year.', [
    fig('200', 200, 'count', 'flights', 'flights.count', {
      period: { label: 'by 2024', start: null, end: '2024-12-31' },
      kind: 'target',
    }),
  ]),
  devCase(P, 'The plant, to be completed in 2026, will produce 500,000 tonnes of fertiliser a year.', [
    fig('500,000 tonnes', 500000, 't', 'fertiliser', null, { period: year(2026), kind: 'target' }),
  ]),
  devCase(
    P,
    'China pledged $2 billion in aid to Central Asia.',
    [fig('$2 billion', 2e9, 'USD', 'aid to central asia', 'aid.total', { kind: 'target', parties: ['CN'] })],
    { docPair: ['CN'] },
  ),
  devCase(P, 'Kazakhstan wants to raise the number of Chinese tourists to 1 million by 2027.', [
    fig('1 million', 1e6, 'count', 'number of chinese tourists', 'tourists.count', {
      period: by(2027),
      kind: 'target',
      ...flow('CN', 'KZ'),
    }),
  ]),
  devCase(
    P,
    'Kazakhstan and Uzbekistan aim to reach $10 billion in trade by 2030.',
    [
      fig('$10 billion', 10e9, 'USD', 'trade', 'trade.total', {
        parties: ['KZ', 'UZ'],
        period: by(2030),
        kind: 'target',
      }),
    ],
    { docPair: ['KZ', 'UZ'] },
  ),
  // A headline goal "for 2030" is due by then.
  devCase(
    P,
    'Kazakhstan and Uzbekistan Set $12 Billion Trade Goal for 2030',
    [
      fig('$12 Billion', 12e9, 'USD', 'trade', 'trade.total', {
        parties: ['KZ', 'UZ'],
        period: by(2030),
        kind: 'target',
      }),
    ],
    { docPair: ['KZ', 'UZ'] },
  ),
  // A deadline right after the amount makes it a target; with no measure of its own, it aims at the level before.
  devCase(
    P,
    'Bilateral trade reached $18 billion in 2023. In March the government had spoken of $30 billion by 2030.',
    [
      fig('$18 billion', 18e9, 'USD', 'bilateral trade', 'trade.total', { period: year(2023) }),
      fig('$30 billion', 30e9, 'USD', 'bilateral trade', 'trade.total', { period: by(2030), kind: 'target' }),
    ],
  ),
  // "a goal first set in 2018" names the amount as a goal; the year it was set is not its period.
  devCase(
    P,
    'Trade with Russia came to $15 billion in 2023. Both sides still talk of reaching $20 billion a year, a goal first set in 2018.',
    [
      fig('$15 billion', 15e9, 'USD', 'trade with russia', 'trade.total', {
        parties: ['KZ', 'RU'],
        period: year(2023),
      }),
      fig('$20 billion', 20e9, 'USD', 'trade with russia', 'trade.total', {
        parties: ['KZ', 'RU'],
        kind: 'target',
      }),
    ],
    { docPair: ['KZ', 'RU'] },
  ),
  devCase(
    P,
    'Last year the two neighbours traded goods worth $3.1 billion. Both governments have pledged to lift the figure to $7 billion by 2030.',
    [
      fig('$3.1 billion', 3.1e9, 'USD', 'trade in goods', 'trade.total', {
        parties: ['KZ', 'UZ'],
        period: year(2023),
      }),
      fig('$7 billion', 7e9, 'USD', 'trade in goods', 'trade.total', {
        parties: ['KZ', 'UZ'],
        period: by(2030),
        kind: 'target',
      }),
    ],
    { docPair: ['KZ', 'UZ'] },
  ),
  devCase(P, 'The plan for 2024 foresees $3 billion of investment.', [
    fig('$3 billion', 3e9, 'USD', 'investment', 'investment.total', { period: year(2024), kind: 'target' }),
  ]),
];
