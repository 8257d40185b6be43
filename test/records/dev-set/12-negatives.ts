/** Sentences with numbers that are not figures of the report: years, durations, ordinals, references, bare numbers. */
import { devCase } from './_helpers.js';

const P = 'negative';

export const NEGATIVES = [
  devCase(P, 'The 25-year agreement was signed in 2019 at the 3rd meeting of the council.', []),
  devCase(P, 'Call +7 727 123 4567 for details.', []),
  devCase(P, 'Tokayev and Xi Jinping held talks in Astana on 3 July 2024.', []),
  devCase(P, 'The two leaders have met more than 20 times since 2013.', []),
  devCase(P, 'The partnership marks its 30th anniversary this year.', []),
  devCase(P, 'Article 5 of the treaty covers transit.', []),
  devCase(P, 'The summit took place over two days.', []),
  devCase(P, 'Both sides praised the results of the talks.', []),
  devCase(P, 'The two countries share a border of 1,783 kilometres.', [], {
    knownGap:
      'a border length is a figure of geography, not of cooperation; it is read as a measure of "border"',
  }),
  devCase(P, 'In 2023, the leaders met twice.', []),
  devCase(P, 'The agreement will be valid for 10 years.', []),
  devCase(P, 'The visit was the first in five years.', []),
  devCase(P, 'Over the past 15 years, relations have grown stronger.', []),
  devCase(P, 'He thanked the 200 guests for attending.', [], {
    knownGap: 'guests at an event are counted as a figure with no indicator',
  }),
  devCase(P, 'Paragraph 12 of the joint statement concerns energy.', []),
  devCase(P, 'The G20 summit will be held in 2025.', []),
  devCase(P, 'The three-day forum opened on Monday.', []),
  devCase(P, 'The session began at 10 am local time.', []),
  devCase(P, 'The leaders discussed the situation in the Middle East.', []),
  devCase(P, 'Tokayev noted that the 2030 Agenda remains a priority.', []),
  devCase(P, 'Both sides agreed to hold the next meeting in 2025.', []),
  devCase(P, 'The delegation included one minister and two deputies.', []),
  devCase(P, 'The route shortens delivery times by several days.', []),
  devCase(P, 'Xi Jinping was on his fifth visit to the country.', []),
  devCase(P, 'The 1990s saw the first border agreements.', []),
  devCase(P, 'The two countries established diplomatic relations on January 3, 1992.', []),
  devCase(P, 'Version 2.0 of the programme was adopted.', []),
  devCase(P, 'Both presidents spoke for about 20 minutes.', []),
  devCase(P, 'The two delegations signed documents on transport and energy.', []),
  // A table cell whose column heading is in another row: left out rather than recorded half read.
  devCase(P, 'Customs of China | $31.2 billion', []),
  // Vague amounts are no figures: "dozens", "hundreds", "thousands of" name no number.
  devCase(P, 'Dozens of Chinese firms took part in the expo.', []),
  devCase(P, 'Thousands of Kazakh students study in China.', []),
];
