/** Time expressions: the extractor, and the period builders later stages reuse. */
export { createTimeExtractor, type TimeExtractorOptions } from './create-time-extractor.js';
export {
  addToDate,
  asOf,
  dayPeriod,
  deadlinePeriod,
  decadePeriod,
  halfPeriod,
  isoDate,
  monthPeriod,
  monthRangePeriod,
  parseIsoDate,
  pastMonthsPeriod,
  pastYearsPeriod,
  quarterPeriod,
  sincePeriod,
  withinPeriod,
  yearPartPeriod,
  yearPeriod,
  yearRangePeriod,
} from './resolve.js';
