import { centsOf, formatAmount, fromNumber, money, parseAmount, percentOf, sum } from '../../src/engine/money';

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

describe('centsOf', () => {
  it.each([
    ['0', 0], ['3232.07', 323207], ['-6', -600], ['0.5', 50], ['0.05', 5], ['12345678.9', 1234567890], ['1000000000', 100000000000],
    ['0.01', 1], ['9999999.99', 999999999], ['10000000.01', 1000000001], ['123456789012.34', null], ['1.234', null], ['0.001', null],
  ] as const)('%s -> %s', (text, cents) => {
    expect(centsOf(money(text))).toBe(cents);
  });

  it('agrees with decimal arithmetic on random 2-decimal amounts', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const v = money(((next() % 2000000000) - 1000000000) / 100);
      expect(centsOf(v)).toBe(v.times(100).toNumber());
    }
  });
});
