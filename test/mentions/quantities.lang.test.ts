/**
 * Russian and Chinese data on the same grammar, and the decimal helpers: "41 млрд долларов", "20 миллиардов
 * долларов", "410亿美元", "1000万元", "36.57亿"; exact scaling ("4.7 billion" is 4700000000).
 */
import { describe, expect, it } from 'vitest';
import { plainDecimal, scaleDecimal, shiftDecimal } from '../../src/mentions/quantities/_decimal.js';
import { createQuantityExtractor } from '../../src/mentions/quantities/index.js';
import type { ExtractContext } from '../../src/types.js';

const ctxOf = (lang: string): ExtractContext => ({ published: '2024-07-03', lang, debug: () => {} });

function extract(lang: string, text: string) {
  return createQuantityExtractor()
    .extract({ index: 0, start: 0, end: text.length, text }, ctxOf(lang))
    .map((m) => [m.text, m.value, m.unit, m.approx]);
}

describe('quantities: Russian', () => {
  it.each([
    ['Товарооборот достиг 41 млрд долларов.', [['41 млрд долларов', 41e9, 'USD', null]]],
    ['Инвестиции составили 20 миллиардов долларов.', [['20 миллиардов долларов', 20e9, 'USD', null]]],
    ['Бюджет составил 1,2 трлн тенге.', [['1,2 трлн тенге', 1.2e12, 'KZT', null]]],
    ['Кредит на 500 млн рублей.', [['500 млн рублей', 500e6, 'RUB', null]]],
    ['Добыча 4,7 млн тонн.', [['4,7 млн тонн', 4.7e6, 't', null]]],
    ['Более 4 000 студентов учатся в Китае.', [['Более 4 000 студентов', 4000, 'count', 'over']]],
    ['Доля составила 30%.', [['30%', 30, 'percent', null]]],
    ['Это случилось в 2023 году.', []],
  ] as const)('%s', (text, want) => {
    expect(extract('ru', text)).toEqual(want);
  });
});

describe('quantities: Chinese', () => {
  it.each([
    ['哈萨克斯坦与中国贸易额达410亿美元。', [['410亿美元', 41e9, 'USD', null]]],
    ['投资1000万元。', [['1000万元', 1e7, 'CNY', null]]],
    ['营收36.57亿。', [['36.57亿', 3657000000, 'count', null]]],
    ['投资人民币500亿元。', [['人民币500亿元', 5e10, 'CNY', null]]],
    ['约40%的产品出口。', [['约40%', 40, 'percent', 'about']]],
    ['一百二十吨粮食', [['一百二十吨', 120, 't', null]]],
    ['2021年03月23日签署', []],
  ] as const)('%s', (text, want) => {
    expect(extract('zh', text)).toEqual(want);
  });
});

describe('decimal scaling', () => {
  it.each([
    ['4.7', 9, '4700000000'],
    ['14.5', 9, '14500000000'],
    ['0.5', 6, '500000'],
    ['36.57', 8, '3657000000'],
    ['1.2345', 2, '123.45'],
    ['-2.5', 3, '-2500'],
    ['1234.5', -3, '1.2345'],
    ['5', -2, '0.05'],
  ] as const)('shiftDecimal(%s, %i) is %s', (dec, exp, want) => {
    expect(shiftDecimal(dec, exp)).toBe(want);
    expect(scaleDecimal(dec, exp)).toBe(Number(want));
  });

  it('never uses a float product: 8.2 billion is exactly 8200000000 (8.2 * 1e9 is not)', () => {
    expect(8.2 * 1e9).not.toBe(8200000000);
    expect(scaleDecimal('8.2', 9)).toBe(8200000000);
    expect(scaleDecimal('4.7', 9)).toBe(4700000000);
    expect(scaleDecimal('14.5', 9)).toBe(14500000000);
  });

  it('writes numbers without exponent', () => {
    expect(plainDecimal(2.5e21)).toBe('2500000000000000000000');
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
