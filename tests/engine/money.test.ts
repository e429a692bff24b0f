import { formatAmount, fromNumber, money, parseAmount, percentOf, sum } from '../../src/engine/money';

describe('money', () => {
  it('parses plain and grouped amounts and rejects text', () => {
    expect(parseAmount('3232.07')?.toFixed()).toBe('3232.07');
    expect(parseAmount('1,234.50')?.toFixed(2)).toBe('1234.50');
    expect(parseAmount('3232.07元')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
  it('adds without binary floating error', () => {
    expect(sum([fromNumber(0.1), fromNumber(0.2)]).toFixed()).toBe('0.3');
    expect(sum([money('95.46'), money('383.86')]).toFixed(2)).toBe('479.32');
  });
  it('rounds half up and computes shares', () => {
    expect(formatAmount(money('2.345'))).toBe('2.35');
    expect(percentOf(money('57.47'), money('141.47'))).toBe('40.62');
    expect(percentOf(money('1'), money('0'))).toBeNull();
  });
});
