/**
 * Table rows as the sources render them (one line a row, cells joined by " | ", a caption line above): each cell
 * takes its column's or its row's year as period, the heading that names an indicator as measure, and the unit the
 * headings note. A row with no heading row above it stays unread.
 */
import { devCase, fig, flow, year } from './_helpers.js';

const P = 'table';

export const TABLES = [
  devCase(
    P,
    [
      'Key indicators of cooperation, US$ million',
      'Indicator | 2022 | 2023',
      'Chinese investment in Kazakhstan | 1,250 | 1,870',
      'Kazakh exports to China | 13,200 | 14,700',
    ].join('\n'),
    [
      fig('1,250', 1.25e9, 'USD', 'chinese investment in kazakhstan', 'investment.total', {
        period: year(2022),
        ...flow('CN', 'KZ'),
      }),
      fig('1,870', 1.87e9, 'USD', 'chinese investment in kazakhstan', 'investment.total', {
        period: year(2023),
        ...flow('CN', 'KZ'),
      }),
      fig('13,200', 13.2e9, 'USD', 'kazakh exports to china', 'trade.exports', {
        period: year(2022),
        ...flow('KZ', 'CN'),
      }),
      fig('14,700', 14.7e9, 'USD', 'kazakh exports to china', 'trade.exports', {
        period: year(2023),
        ...flow('KZ', 'CN'),
      }),
    ],
  ),
  // Years down the first column; each column heading names its measure, one with its unit after a comma.
  devCase(
    P,
    [
      'Rail and trade',
      'Year | Container trains | Trade, $ billion',
      '2022 | 1,400 | 31.2',
      '2023 | 1,700 | 41.0',
    ].join('\n'),
    [
      fig('1,400', 1400, 'count', 'container trains', 'trains.count', { period: year(2022) }),
      fig('31.2', 31.2e9, 'USD', 'trade', 'trade.total', { period: year(2022) }),
      fig('1,700', 1700, 'count', 'container trains', 'trains.count', { period: year(2023) }),
      fig('41.0', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
    ],
  ),
  // Generic headings ("Value", "Growth") leave the measure to the caption; "Growth" makes its cells changes.
  devCase(
    P,
    ['Kazakh exports to China', 'Year | Value, $ million | Growth, %', '2022 | 13,200 | 15.2'].join('\n'),
    [
      fig('13,200', 13.2e9, 'USD', 'kazakh exports to china', 'trade.exports', {
        period: year(2022),
        ...flow('KZ', 'CN'),
      }),
      fig('15.2', 15.2, 'percent', 'kazakh exports to china', 'trade.exports', {
        period: year(2022),
        kind: 'change',
        change: { percent: 15.2 },
        ...flow('KZ', 'CN'),
      }),
    ],
  ),
  // A heading that names a measure and its year.
  devCase(P, ['Partner | Trade in 2023, $ billion', 'China | 41.0'].join('\n'), [
    fig('41.0', 41e9, 'USD', 'trade', 'trade.total', { period: year(2023) }),
  ]),
  // A column that compares two years names no period of its own: its cells are left out.
  devCase(
    P,
    ['Trade with China, $ billion', 'Indicator | 2023 | 2023 as % of 2022', 'Turnover | 41.0 | 131.4'].join(
      '\n',
    ),
    [fig('41.0', 41e9, 'USD', 'turnover', 'trade.total', { period: year(2023) })],
  ),
  // Headings that name no indicator (a source, "2022 total") leave the row unread, as does a row with no heading row.
  devCase(P, ['Source | 2022 total', 'National statistics office | $24.2 billion'].join('\n'), []),
  devCase(P, 'Trade turnover | $41 billion', []),
];
