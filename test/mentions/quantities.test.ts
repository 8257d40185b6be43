/**
 * The quantity grammar, row by row: sentences about international cooperation (trade, investment, projects,
 * students, freight, energy, loans), odd rows (Unicode spaces, European decimals, word numbers) and negative rows
 * (years, dates, durations, ordinals, references, phones, names with numbers). Each row lists every mention the
 * sentence must yield, as the full record: text, start (end follows), value, low, high, unit, approx, noun, change,
 * isMultiplier. Sentences start at document offset 1000 to check document offsets.
 */
import { describe, expect, it } from 'vitest';
import { createQuantityExtractor } from '../../src/mentions/quantities/index.js';
import type { ExtractContext, QuantityMention } from '../../src/types.js';

const ctx: ExtractContext = { published: '2024-07-03', lang: 'en', debug: () => {} };
const extractor = createQuantityExtractor({ lang: 'en' });
const OFFSET = 1000;

type Change = QuantityMention['change'];
/** [text, start in the sentence, value, low, high, unit, approx, noun, change, isMultiplier] */
type Row = [
  string,
  number,
  number | null,
  number | null,
  number | null,
  string,
  string | null,
  string | null,
  Change,
  boolean,
];

function extract(text: string): QuantityMention[] {
  return extractor.extract({ index: 0, start: OFFSET, end: OFFSET + text.length, text }, ctx);
}

const ROWS: [string, Row[]][] = [
  [
    'Bilateral trade reached $41 billion last year.',
    [['$41 billion', 24, 41000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'Chinese investment in Kazakhstan amounted to about $25 billion over the past 15 years.',
    [['about $25 billion', 45, 25000000000, null, null, 'USD', 'about', null, null, false]],
  ],
  [
    'The two sides are implementing 45 projects worth a total of $14.5 billion.',
    [
      ['45 projects', 31, 45, null, null, 'count', null, 'projects', null, false],
      ['$14.5 billion', 60, 14500000000, null, null, 'USD', null, null, null, false],
    ],
  ],
  [
    'Over 4,700 enterprises with Chinese capital operate in the country.',
    [['Over 4,700 enterprises', 0, 4700, null, null, 'count', 'over', 'enterprises', null, false]],
  ],
  [
    'Agricultural exports to China doubled to $1 billion.',
    [['doubled to $1 billion', 30, 1000000000, null, null, 'USD', null, null, { factor: 2 }, false]],
  ],
  [
    'Over 4,000 Kazakh students study in Chinese universities.',
    [['Over 4,000 Kazakh students', 0, 4000, null, null, 'count', 'over', 'students', null, false]],
  ],
  [
    'The leaders plan to double this figure by 2030.',
    [['double this figure', 20, null, null, null, 'factor', null, null, { factor: 2 }, true]],
  ],
  ['The relationship enters its 30th anniversary.', []],
  [
    'Trade turnover hit US$31.4 billion in 2023.',
    [['US$31.4 billion', 19, 31400000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'Investment reached USD 41 billion.',
    [['USD 41 billion', 19, 41000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The fund holds 41 billion USD in assets.',
    [['41 billion USD', 15, 41000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The bank lent RMB 500 million to the project.',
    [['RMB 500 million', 14, 500000000, null, null, 'CNY', null, null, null, false]],
  ],
  [
    'The EU pledged €2.3bn for the corridor.',
    [['€2.3bn', 15, 2300000000, null, null, 'EUR', null, null, null, false]],
  ],
  [
    'The budget allocates KZT 1.2 trillion to roads.',
    [['KZT 1.2 trillion', 21, 1200000000000, null, null, 'KZT', null, null, null, false]],
  ],
  [
    'Freight volumes reached 41,000 containers.',
    [['41,000 containers', 24, 41000, null, null, 'count', null, 'containers', null, false]],
  ],
  [
    'Trains carried 41 000 tonnes of grain.',
    [['41 000 tonnes', 15, 41000, null, null, 't', null, null, null, false]],
  ],
  [
    'The plant produces 41 000 tonnes a year.',
    [['41 000 tonnes', 19, 41000, null, null, 't', null, null, null, false]],
  ],
  [
    'Output rose to 4.7 million tonnes.',
    [['4.7 million tonnes', 15, 4700000, null, null, 't', null, null, null, false]],
  ],
  [
    'A loan of $1,234.5 million was signed.',
    [['$1,234.5 million', 10, 1234500000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'Exports reached 1.234,5 tonnes.',
    [['1.234,5 tonnes', 16, 1234.5, null, null, 't', null, null, null, false]],
  ],
  ['Exports hit $41bn in 2022.', [['$41bn', 12, 41000000000, null, null, 'USD', null, null, null, false]]],
  [
    'The deal is worth 41 bln tenge.',
    [['41 bln tenge', 18, 41000000000, null, null, 'KZT', null, null, null, false]],
  ],
  ['Startups raised $50k each.', [['$50k', 16, 50000, null, null, 'USD', null, null, null, false]]],
  [
    'The fund invested $5m in the venture.',
    [['$5m', 18, 5000000, null, null, 'USD', null, null, null, false]],
  ],
  ['Revenue was 41 mn euros.', [['41 mn euros', 12, 41000000, null, null, 'EUR', null, null, null, false]]],
  [
    'Trade reached 3.5 tn won.',
    [['3.5 tn won', 14, 3500000000000, null, null, 'KRW', null, null, null, false]],
  ],
  [
    'Forty-one companies signed the memorandum.',
    [['Forty-one companies', 0, 41, null, null, 'count', null, 'companies', null, false]],
  ],
  [
    'One hundred and twenty students arrived in Almaty.',
    [['One hundred and twenty students', 0, 120, null, null, 'count', null, 'students', null, false]],
  ],
  [
    'A dozen agreements were signed in Astana.',
    [['A dozen agreements', 0, 12, null, null, 'count', null, 'agreements', null, false]],
  ],
  [
    'Half a million tourists visited the region.',
    [['Half a million tourists', 0, 500000, null, null, 'count', null, 'tourists', null, false]],
  ],
  [
    'Two and a half billion dollars will be invested.',
    [['Two and a half billion dollars', 0, 2500000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'A quarter million dollars was raised.',
    [['A quarter million dollars', 0, 250000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'A million people crossed the border.',
    [['A million people', 0, 1000000, null, null, 'count', null, 'people', null, false]],
  ],
  [
    'The fund reached two point five billion yuan.',
    [['two point five billion yuan', 17, 2500000000, null, null, 'CNY', null, null, null, false]],
  ],
  [
    'The line carries 20,000 TEU a month.',
    [['20,000 TEU', 17, 20000, null, null, 'TEU', null, null, null, false]],
  ],
  ['The railway is 500 km long.', [['500 km', 15, 500, null, null, 'km', null, null, null, false]]],
  [
    'The pipeline carries 10 bcm of gas a year.',
    [['10 bcm', 21, 10000000000, null, null, 'm3', null, null, null, false]],
  ],
  [
    'The station has a capacity of 1,200 MW.',
    [['1,200 MW', 30, 1200, null, null, 'MW', null, null, null, false]],
  ],
  ['Solar plants will add 1 GW of capacity.', [['1 GW', 22, 1, null, null, 'GW', null, null, null, false]]],
  ['The plant generates 300 kWh daily.', [['300 kWh', 20, 300, null, null, 'kWh', null, null, null, false]]],
  [
    'The farm covers 41,000 hectares of land.',
    [['41,000 hectares', 16, 41000, null, null, 'ha', null, null, null, false]],
  ],
  ['The field spans 500 ha.', [['500 ha', 16, 500, null, null, 'ha', null, null, null, false]]],
  [
    'Kazakhstan exported 1.5 million barrels per day.',
    [['1.5 million barrels per day', 20, 1500000, null, null, 'bbl/d', null, null, null, false]],
  ],
  [
    'The company shipped 20 million barrels of oil.',
    [['20 million barrels', 20, 20000000, null, null, 'bbl', null, null, null, false]],
  ],
  [
    'The terminal handles 5 million cubic meters of gas.',
    [['5 million cubic meters', 21, 5000000, null, null, 'm3', null, null, null, false]],
  ],
  ['The share rose to 30%.', [['30%', 18, 30, null, null, 'percent', null, null, null, false]]],
  ['The share is 30 percent.', [['30 percent', 13, 30, null, null, 'percent', null, null, null, false]]],
  ['The share is 30 per cent.', [['30 per cent', 13, 30, null, null, 'percent', null, null, null, false]]],
  ['The share is 30 pct.', [['30 pct', 13, 30, null, null, 'percent', null, null, null, false]]],
  [
    'Tariffs were cut by 2 percentage points.',
    [['cut by 2 percentage points', 13, 2, null, null, 'pp', null, null, { delta: -2 }, false]],
  ],
  [
    'Investment was about $25 billion.',
    [['about $25 billion', 15, 25000000000, null, null, 'USD', 'about', null, null, false]],
  ],
  [
    'Trade was around $20 billion.',
    [['around $20 billion', 10, 20000000000, null, null, 'USD', 'about', null, null, false]],
  ],
  [
    'Approximately 300 specialists were trained.',
    [['Approximately 300 specialists', 0, 300, null, null, 'count', 'about', 'specialists', null, false]],
  ],
  [
    'Some 300 companies took part.',
    [['Some 300 companies', 0, 300, null, null, 'count', 'about', 'companies', null, false]],
  ],
  [
    'Roughly 50 flights operate weekly.',
    [['Roughly 50 flights', 0, 50, null, null, 'count', 'about', 'flights', null, false]],
  ],
  [
    'Nearly 2,000 visitors came.',
    [['Nearly 2,000 visitors', 0, 2000, null, null, 'count', 'nearly', 'visitors', null, false]],
  ],
  [
    'Almost $3 billion was disbursed.',
    [['Almost $3 billion', 0, 3000000000, null, null, 'USD', 'nearly', null, null, false]],
  ],
  [
    'More than 100 agreements were signed.',
    [['More than 100 agreements', 0, 100, null, null, 'count', 'over', 'agreements', null, false]],
  ],
  [
    'Exports exceeded $5 billion.',
    [['exceeded $5 billion', 8, 5000000000, null, null, 'USD', 'over', null, null, false]],
  ],
  [
    'Trade totalled above $10 billion.',
    [['above $10 billion', 15, 10000000000, null, null, 'USD', 'over', null, null, false]],
  ],
  [
    'At least 40 projects are planned.',
    [['At least 40 projects', 0, 40, null, null, 'count', 'over', 'projects', null, false]],
  ],
  [
    'Up to 5,000 jobs will be created.',
    [['Up to 5,000 jobs', 0, 5000, null, null, 'count', 'up to', 'jobs', null, false]],
  ],
  [
    'Less than 10% of goods are transported by air.',
    [['Less than 10%', 0, 10, null, null, 'percent', 'under', null, null, false]],
  ],
  [
    'Under 500 trucks crossed.',
    [['Under 500 trucks', 0, 500, null, null, 'count', 'under', 'trucks', null, false]],
  ],
  [
    'Fewer than 20 flights remain.',
    [['Fewer than 20 flights', 0, 20, null, null, 'count', 'under', 'flights', null, false]],
  ],
  [
    'Close to 1,000 students applied.',
    [['Close to 1,000 students', 0, 1000, null, null, 'count', 'nearly', 'students', null, false]],
  ],
  [
    'The project will cost $3-5 billion.',
    [['$3-5 billion', 22, null, 3000000000, 5000000000, 'USD', null, null, null, false]],
  ],
  [
    'The project will cost $3 billion to $5 billion.',
    [['$3 billion to $5 billion', 22, null, 3000000000, 5000000000, 'USD', null, null, null, false]],
  ],
  [
    'Volumes will be between 3 and 5 million tonnes.',
    [['between 3 and 5 million tonnes', 16, null, 3000000, 5000000, 't', null, null, null, false]],
  ],
  ['Growth will be 3–5% this year.', [['3–5%', 15, null, 3, 5, 'percent', null, null, null, false]]],
  [
    'The company will hire 200-300 workers.',
    [['200-300 workers', 22, null, 200, 300, 'count', null, 'workers', null, false]],
  ],
  [
    'Investment of €10-20 million is expected.',
    [['€10-20 million', 14, null, 10000000, 20000000, 'EUR', null, null, null, false]],
  ],
  [
    'Exports rose 30% to $5 billion.',
    [['rose 30% to $5 billion', 8, 5000000000, null, null, 'USD', null, null, { percent: 30 }, false]],
  ],
  [
    'Trade was up 20% year on year.',
    [['up 20%', 10, 20, null, null, 'percent', null, null, { percent: 20 }, false]],
  ],
  [
    'Imports fell by 5% last year.',
    [['fell by 5%', 8, 5, null, null, 'percent', null, null, { percent: -5 }, false]],
  ],
  [
    'Investment increased by $2 billion.',
    [
      [
        'increased by $2 billion',
        11,
        2000000000,
        null,
        null,
        'USD',
        null,
        null,
        { delta: 2000000000 },
        false,
      ],
    ],
  ],
  [
    'Trade grew from $31 billion to $41 billion.',
    [
      [
        'grew from $31 billion to $41 billion',
        6,
        41000000000,
        null,
        null,
        'USD',
        null,
        null,
        { delta: 10000000000 },
        false,
      ],
    ],
  ],
  [
    'Trade has tripled since 2015.',
    [['tripled', 10, null, null, null, 'factor', null, null, { factor: 3 }, true]],
  ],
  [
    'Trade is expected to double by 2030.',
    [['double', 21, null, null, null, 'factor', null, null, { factor: 2 }, true]],
  ],
  [
    'The two countries aim to double trade.',
    [
      ['two countries', 4, 2, null, null, 'count', null, 'countries', null, false],
      ['double', 25, null, null, null, 'factor', null, null, { factor: 2 }, true],
    ],
  ],
  [
    'They agreed to double it within five years.',
    [['double it', 15, null, null, null, 'factor', null, null, { factor: 2 }, true]],
  ],
  [
    'Exports declined by 3.5 percent.',
    [['declined by 3.5 percent', 8, 3.5, null, null, 'percent', null, null, { percent: -3.5 }, false]],
  ],
  [
    'Transit grew 2.5 times to 3 million tonnes.',
    [['grew 2.5 times to 3 million tonnes', 8, 3000000, null, null, 't', null, null, { factor: 2.5 }, false]],
  ],
  [
    'The volume increased threefold to 20,000 TEU.',
    [['increased threefold to 20,000 TEU', 11, 20000, null, null, 'TEU', null, null, { factor: 3 }, false]],
  ],
  ['Kazakhstan and China signed the agreement on avoidance of double taxation.', []],
  ['The company posted double-digit growth.', []],
  ['The talks were held in 2023.', []],
  ['The 2019-2024 programme ended.', []],
  ['The fiscal 2012-13 budget was approved.', []],
  ['The summit took place on 3 July 2024.', []],
  ['The summit took place on July 3, 2024.', []],
  ['The document was dated 03.07.2024.', []],
  ['The document was dated 2024-07-03.', []],
  ['The contract runs for 10 years.', []],
  ['They signed a 25-year contract.', []],
  ['It was the 5th round of talks.', []],
  ['Call +7 7172 74 51 23 for details.', []],
  ['Call (202) 555-0143 for details.', []],
  ['The rules are set out in Article 5.', []],
  ['See No. 5 of the list.', []],
  ['See page 12 of the report.', []],
  ['The meeting opens at 10:30.', []],
  ['The meeting opens at 10 am.', []],
  ['The vaccine against COVID-19 was delivered.', []],
  ['The G20 summit discussed trade.', []],
  ['5G networks will be built.', []],
  ['The B2B platform launched.', []],
  ['The airline bought a Boeing 737 jet.', []],
  ['The firm released version 2.0 of the app.', []],
  ["The city of Xi'an hosted the forum.", []],
  [
    'In 2023, 45 projects were launched.',
    [['45 projects', 9, 45, null, null, 'count', null, 'projects', null, false]],
  ],
  [
    'By 2030 trade should reach $35 billion.',
    [['$35 billion', 27, 35000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'Since 2013, 100 projects have been completed.',
    [['100 projects', 12, 100, null, null, 'count', null, 'projects', null, false]],
  ],
  ['Over the past 15 years trade grew.', []],
  ['The two leaders met for the third time.', []],
  ['One of the largest projects is in Aktobe.', []],
  ['The One Belt, One Road initiative was discussed.', []],
  [
    'Trade reached 41\u00a0000 tonnes with a no-break space.',
    [['41\u00a0000 tonnes', 14, 41000, null, null, 't', null, null, null, false]],
  ],
  [
    'Trade reached 41\u202f000 tonnes with a narrow no-break space.',
    [['41\u202f000 tonnes', 14, 41000, null, null, 't', null, null, null, false]],
  ],
  [
    'Trade reached 41\u2009000 tonnes with a thin space.',
    [['41\u2009000 tonnes', 14, 41000, null, null, 't', null, null, null, false]],
  ],
  [
    'Kazakhstan received ₸500 billion in loans.',
    [['₸500 billion', 20, 500000000000, null, null, 'KZT', null, null, null, false]],
  ],
  [
    'Russia allocated ₽20 billion to the corridor.',
    [['₽20 billion', 17, 20000000000, null, null, 'RUB', null, null, null, false]],
  ],
  [
    'India committed ₹1,000 crore to the project.',
    [['₹1,000 crore', 16, 10000000000, null, null, 'INR', null, null, null, false]],
  ],
  [
    'Britain offered £300 million in aid.',
    [['£300 million', 16, 300000000, null, null, 'GBP', null, null, null, false]],
  ],
  [
    'The Japanese loan totals ¥100 billion in yen.',
    [['¥100 billion', 25, 100000000000, null, null, 'JPY', null, null, null, false]],
  ],
  [
    'The Chinese fund holds ¥50 billion.',
    [['¥50 billion', 23, 50000000000, null, null, 'CNY', null, null, null, false]],
  ],
  [
    'The deal is worth 300 billion yen.',
    [['300 billion yen', 18, 300000000000, null, null, 'JPY', null, null, null, false]],
  ],
  [
    'India will invest 500 million rupees.',
    [['500 million rupees', 18, 500000000, null, null, 'INR', null, null, null, false]],
  ],
  [
    'Uzbekistan spent 2 trillion som on roads.',
    [['2 trillion som', 17, 2000000000000, null, null, 'UZS', null, null, null, false]],
  ],
  [
    'Korea invested 3 trillion won in the plant.',
    [['3 trillion won', 15, 3000000000000, null, null, 'KRW', null, null, null, false]],
  ],
  [
    'Turkey lent 5 billion lira.',
    [['5 billion lira', 12, 5000000000, null, null, 'TRY', null, null, null, false]],
  ],
  [
    'The US pledged 20 million U.S. dollars.',
    [['20 million U.S. dollars', 15, 20000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The grant totals 20 million US dollars.',
    [['20 million US dollars', 17, 20000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The company paid 15 million dollars.',
    [['15 million dollars', 17, 15000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The budget is 4.7 billion tenge.',
    [['4.7 billion tenge', 14, 4700000000, null, null, 'KZT', null, null, null, false]],
  ],
  [
    'The bank issued 10 billion roubles of bonds.',
    [['10 billion roubles', 16, 10000000000, null, null, 'RUB', null, null, null, false]],
  ],
  [
    'Swiss investors brought 100 million Swiss francs.',
    [['100 million Swiss francs', 24, 100000000, null, null, 'CHF', null, null, null, false]],
  ],
  [
    'The loan equals 1.2 billion euros.',
    [['1.2 billion euros', 16, 1200000000, null, null, 'EUR', null, null, null, false]],
  ],
  [
    'The fund is worth 7 billion renminbi.',
    [['7 billion renminbi', 18, 7000000000, null, null, 'CNY', null, null, null, false]],
  ],
  [
    'The program costs 3 billion yuan.',
    [['3 billion yuan', 18, 3000000000, null, null, 'CNY', null, null, null, false]],
  ],
  [
    'Costs reached 2.5 billion Kazakh tenge.',
    [['2.5 billion Kazakh tenge', 14, 2500000000, null, null, 'KZT', null, null, null, false]],
  ],
  ['The fund totals $1.5bn.', [['$1.5bn', 16, 1500000000, null, null, 'USD', null, null, null, false]]],
  ['The fund totals $1.5 bn.', [['$1.5 bn', 16, 1500000000, null, null, 'USD', null, null, null, false]]],
  [
    'Capital reached US$ 4.7 billion.',
    [['US$ 4.7 billion', 16, 4700000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'Capital reached 500 million KZT.',
    [['500 million KZT', 16, 500000000, null, null, 'KZT', null, null, null, false]],
  ],
  [
    'Volume was 14.5 billion.',
    [['14.5 billion', 11, 14500000000, null, null, 'count', null, null, null, false]],
  ],
  [
    'Investment was 4.7 billion dollars.',
    [['4.7 billion dollars', 15, 4700000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The firm plans to hire 1,500 engineers.',
    [['1,500 engineers', 23, 1500, null, null, 'count', null, 'engineers', null, false]],
  ],
  [
    'They trained 350 teachers.',
    [['350 teachers', 13, 350, null, null, 'count', null, 'teachers', null, false]],
  ],
  [
    'The centre welcomed 12,000 visitors.',
    [['12,000 visitors', 20, 12000, null, null, 'count', null, 'visitors', null, false]],
  ],
  [
    'The line runs 25 trains weekly.',
    [['25 trains', 14, 25, null, null, 'count', null, 'trains', null, false]],
  ],
  [
    'Tokayev met 30 Chinese entrepreneurs.',
    [['30 Chinese entrepreneurs', 12, 30, null, null, 'count', null, 'entrepreneurs', null, false]],
  ],
  [
    'The delegation signed 12 new agreements.',
    [['12 new agreements', 22, 12, null, null, 'count', null, 'agreements', null, false]],
  ],
  [
    'Officials counted 45 key projects.',
    [['45 key projects', 18, 45, null, null, 'count', null, 'projects', null, false]],
  ],
  [
    'There are 100 joint investment projects.',
    [['100 joint investment projects', 10, 100, null, null, 'count', null, 'projects', null, false]],
  ],
  [
    'The 10 largest companies were present.',
    [['10 largest companies', 4, 10, null, null, 'count', null, 'companies', null, false]],
  ],
  ['Flights rose to 50 per week.', [['50', 16, 50, null, null, 'count', null, null, null, false]]],
  [
    'Over 1 million people travelled.',
    [['Over 1 million people', 0, 1000000, null, null, 'count', 'over', 'people', null, false]],
  ],
  [
    'A total of 2.3 million passengers flew.',
    [['2.3 million passengers', 11, 2300000, null, null, 'count', null, 'passengers', null, false]],
  ],
  [
    'The plan foresees 3,000 new jobs.',
    [['3,000 new jobs', 18, 3000, null, null, 'count', null, 'jobs', null, false]],
  ],
  [
    'They built 5 schools and 2 hospitals.',
    [
      ['5 schools', 11, 5, null, null, 'count', null, 'schools', null, false],
      ['2 hospitals', 25, 2, null, null, 'count', null, 'hospitals', null, false],
    ],
  ],
  [
    'Trade is up 12.5% this year.',
    [['up 12.5%', 9, 12.5, null, null, 'percent', null, null, { percent: 12.5 }, false]],
  ],
  [
    'Exports were down 3% in May.',
    [['down 3%', 13, 3, null, null, 'percent', null, null, { percent: -3 }, false]],
  ],
  [
    'The share fell 0.5 percentage points.',
    [['fell 0.5 percentage points', 10, 0.5, null, null, 'pp', null, null, { delta: -0.5 }, false]],
  ],
  ['Inflation slowed to 8.7%.', [['8.7%', 20, 8.7, null, null, 'percent', null, null, null, false]]],
  ['The project is 60% complete.', [['60%', 15, 60, null, null, 'percent', null, null, null, false]]],
  ['Growth was -1.2% in the quarter.', [['-1.2%', 11, -1.2, null, null, 'percent', null, null, null, false]]],
  [
    'Output was minus five percent.',
    [['minus five percent', 11, -5, null, null, 'percent', null, null, null, false]],
  ],
  [
    'Exports rose 15 percent to 2.1 million tonnes.',
    [
      [
        'rose 15 percent to 2.1 million tonnes',
        8,
        2100000,
        null,
        null,
        't',
        null,
        null,
        { percent: 15 },
        false,
      ],
    ],
  ],
  [
    'Investment fell from $5 billion to $3 billion.',
    [
      [
        'fell from $5 billion to $3 billion',
        11,
        3000000000,
        null,
        null,
        'USD',
        null,
        null,
        { delta: -2000000000 },
        false,
      ],
    ],
  ],
  [
    'Trade more than doubled.',
    [['more than doubled', 6, null, null, null, 'factor', 'over', null, { factor: 2 }, true]],
  ],
  [
    'Exports nearly tripled to $3 billion.',
    [
      [
        'nearly tripled to $3 billion',
        8,
        3000000000,
        null,
        null,
        'USD',
        'nearly',
        null,
        { factor: 3 },
        false,
      ],
    ],
  ],
  ['Supplies were halved.', [['halved', 14, null, null, null, 'factor', null, null, { factor: 0.5 }, true]]],
  [
    'Trade increased twofold.',
    [['increased twofold', 6, null, null, null, 'factor', null, null, { factor: 2 }, true]],
  ],
  [
    'Output grew three times in a decade.',
    [['grew three times', 7, null, null, null, 'factor', null, null, { factor: 3 }, true]],
  ],
  [
    'The bank will quadruple its lending.',
    [['quadruple', 14, null, null, null, 'factor', null, null, { factor: 4 }, true]],
  ],
  ['They met three times last year.', []],
  [
    'Prices were three times higher than in 2020.',
    [['three times higher', 12, null, null, null, 'factor', null, null, { factor: 3 }, true]],
  ],
  [
    'Trade rose sharply by 20%.',
    [['rose sharply by 20%', 6, 20, null, null, 'percent', null, null, { percent: 20 }, false]],
  ],
  [
    'The fund added $2 billion.',
    [['$2 billion', 15, 2000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'They hope to reach $100 billion by 2030.',
    [['$100 billion', 19, 100000000000, null, null, 'USD', null, null, null, false]],
  ],
  [
    'The target is 10 million tonnes by 2025.',
    [['10 million tonnes', 14, 10000000, null, null, 't', null, null, null, false]],
  ],
  ['The first half of 2024 saw growth.', []],
  ['Exports in the second quarter rose.', []],
  ['The report covers 2020–2023.', []],
  ['The plan runs through 2030.', []],
  ['The agency opened in the 1990s.', []],
  ['It was signed on 21 March.', []],
  ['It was signed on March 21.', []],
  ['It took place on 12 June 2023 in Astana.', []],
  ['The event is scheduled for 15:00.', []],
  ['Meetings start at 9.30 am.', []],
  [
    'The forum on 5-6 September gathered 500 delegates.',
    [['500 delegates', 36, 500, null, null, 'count', null, 'delegates', null, false]],
  ],
  ['Chapter 3 describes the plan.', []],
  ['The law (No. 123-IV) was adopted.', []],
  ['See paragraph 4 of the statement.', []],
  ['Resolution 2231 was cited.', []],
  ['The route M-32 links the cities.', []],
  ['Flight 1043 landed in Urumqi.', []],
  ['Phase 2 of the plant is ready.', []],
  ['The Su-35 jets were shown.', []],
  ['The F-16 fleet grew.', []],
  ['The A320 fleet expanded.', []],
  ['The iPhone 15 went on sale.', []],
  ['Windows 11 was installed.', []],
  ['Expo 2017 was held in Astana.', []],
  ['Industry 4.0 was the topic.', []],
  ['The firm has a 3D printer.', []],
  ['Write to info@example.com or visit https://example.com/2024/07/03/trade-up-30%.', []],
  ['The code is 12ab34.', []],
  // A signed percent is no phone number ("+7 727 ..."): "+21%" in a table of changes.
  ['Farm exports grew +21% in 2022.', [['21%', 19, 21, null, null, 'percent', null, null, null, false]]],
  // "2021 to $31 billion" is no range: the currency before the second end only, and a year before a level.
  [
    'Trade grew 12% compared to 2021 to $31 billion.',
    [
      ['grew 12%', 6, 12, null, null, 'percent', null, null, { percent: 12 }, false],
      ['$31 billion', 35, 31e9, null, null, 'USD', null, null, null, false],
    ],
  ],
  [
    'Trade grew from 2021 to 31 billion dollars.',
    [['31 billion dollars', 24, 31e9, null, null, 'USD', null, null, null, false]],
  ],
];

describe('quantities: every mention as a full record', () => {
  it('has at least 150 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROWS)('%s', (sentence, rows) => {
    const got = extract(sentence).map((m) => ({ ...m, rule: undefined }));
    const want = rows.map(([text, start, value, low, high, unit, approx, noun, change, isMultiplier]) => ({
      kind: 'quantity',
      start: OFFSET + start,
      end: OFFSET + start + text.length,
      text,
      value,
      low,
      high,
      unit,
      noun,
      approx,
      change,
      isMultiplier,
      rule: undefined,
    }));
    expect(got).toEqual(want);
    for (const m of got) expect(sentence.slice(m.start - OFFSET, m.end - OFFSET)).toBe(m.text);
  });
});
