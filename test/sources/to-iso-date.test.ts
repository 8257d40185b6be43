import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/sources/to-iso-date.js';

describe('toIsoDate', () => {
  it.each([
    ['2024-07-03', '2024-07-03'],
    ['2024-07-03T23:30:00-05:00', '2024-07-03'],
    ['2024-07-03T09:30:00+05:00', '2024-07-03'],
    ['2024/7/3', '2024-07-03'],
    ['2024.07.03', '2024-07-03'],
    ['Wed, 03 Jul 2024 08:00:00 GMT', '2024-07-03'],
    ['Wed, 3 Jul 2024 08:00:00 +0600', '2024-07-03'],
    ['3 July 2024', '2024-07-03'],
    ['3rd July, 2024', '2024-07-03'],
    ['July 3, 2024', '2024-07-03'],
    ['Wednesday, July 3, 2024', '2024-07-03'],
    ['Sept. 12 2023', '2023-09-12'],
    ['D:20240703090000Z', '2024-07-03'],
    ["D:20240703090000+06'00'", '2024-07-03'],
    ['20240703', '2024-07-03'],
    ['2021年03月23日', '2021-03-23'],
    ['  2024-02-29  ', '2024-02-29'],
  ])('%s is %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each([
    [''],
    ['yesterday'],
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-07'],
    ['03-07-2024'],
    ['32 July 2024'],
    ['3 Foo 2024'],
    ['1066-10-14'],
    ['202407031'],
    ['D:2024'],
  ])('%j is not a date', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });

  it('takes null and undefined', () => {
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });
});
