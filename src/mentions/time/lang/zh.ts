/** Chinese words of time expressions (dates with 年/月/日); more will come with Chinese support. */

/** Relative years, before 年 stripped: 去年 is last year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 前: -2, 去: -1, 今: 0, 明: 1 };

/** Halves: 上半年 is the first half, 下半年 the second. */
export const HALVES: Readonly<Record<string, number>> = { 上: 1, 下: 2 };

/** Numerals of quarters: 第三季度 is the third quarter. */
export const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
