import { classifyText, computedCell, decimalsOfFormat, normalizeCell, normalizeText, numberCell, textCell, toHalfWidth } from '../../../src/engine/grid/normalize';
import { money } from '../../../src/engine/money';
import fc from 'fast-check';

describe('normalizeText', () => {
  it.each([
    ['社会保障和就\n业支出', '社会保障和就业支出'],
    ['项  目', '项目'],
    ['  科目  编码 ', '科目编码'],
    ['450001 临西县医疗保障局本级', '450001临西县医疗保障局本级'],
    ['A4 black  printer', 'A4 black printer'],
  ])('%j -> %j', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('classifyText', () => {
  const num = (t: string) => {
    const v = classifyText(t);
    return v.kind === 'number' ? v.num.toFixed() : v.kind;
  };
  it.each([
    ['３２３２．０７', '3232.07'],
    ['1,234.56', '1234.56'],
    ['１，２３４．５６', '1234.56'],
    [' 0.00 ', '0'],
    ['-12.5', '-12.5'],
    ['－', 'dash'],
    ['—', 'dash'],
    ['-', 'dash'],
    ['', 'blank'],
    ['3232.07元', 'text'],
    ['40.62%', 'text'],
    ['1.2.3', 'text'],
    // Negatives as printed tables write them: accounting brackets and the minus sign U+2212.
    ['(0.50)', '-0.5'],
    ['（10.00）', '-10'],
    ['(1,234)', '-1234'],
    ['\u22120.50', '-0.5'],
    ['(1)', 'text'],
    ['(一)', 'text'],
  ])('%j is %s', (input, out) => expect(num(input)).toBe(out));
  it('keeps the normalized text of text cells', () => {
    expect(classifyText('3232.07元')).toEqual({ kind: 'text', text: '3232.07元' });
  });
});

describe('number formats and cells', () => {
  it.each([
    ['0.00', 2],
    ['#,##0.00_ ', 2],
    ['#,##0.0;[Red]-#,##0.0', 1],
    ['0', 0],
    ['General', undefined],
    ['@', undefined],
  ])('%s shows %s decimals', (fmt, d) => expect(decimalsOfFormat(fmt)).toBe(d));
  it('turns a float from a formula into an exact decimal of its shortest text', () => {
    const c = normalizeCell({ value: 0.1 + 0.2, formula: 'A1+A2', numFmt: '0.00' });
    expect(c.value.kind === 'number' && c.value.num.toFixed()).toBe('0.30000000000000004');
    expect(c.decimals).toBe(2);
    expect(c.formula).toBe('A1+A2');
  });
  it('reads error strings as errors and converts full-width ASCII', () => {
    expect(normalizeCell({ value: '#REF!' }).value).toEqual({ kind: 'error', code: '#REF!' });
    expect(toHalfWidth('ＡＢ１２（）')).toBe('AB12()');
  });
});

describe('formulas without a cached value', () => {
  it('a formula whose file holds no result is blank and uncomputed until the formula pass', () => {
    expect(normalizeCell({ value: null, formula: 'SUM(B3:B9)', numFmt: '0.00' })).toMatchObject({
      value: { kind: 'blank' },
      formula: 'SUM(B3:B9)',
      uncomputed: true,
    });
    expect(normalizeCell({ value: undefined, formula: '=B3' }).uncomputed).toBe(true);
  });
  it('a cached empty text, a cached 0 and a blank without formula are values, not uncomputed', () => {
    expect(normalizeCell({ value: '', formula: 'IF(A1=0,"",A1)' }).uncomputed).toBeUndefined();
    expect(normalizeCell({ value: 0, formula: 'A1-A1' }).uncomputed).toBeUndefined();
    expect(normalizeCell({ value: null }).uncomputed).toBeUndefined();
  });
  it('computedCell reads the computed value as if the file had held it', () => {
    const pending = normalizeCell({ value: null, formula: 'B3/4', numFmt: '#,##0.00' });
    expect(computedCell(pending, { kind: 'number', num: money('808.0175') })).toEqual({
      formula: 'B3/4',
      numFmt: '#,##0.00',
      value: { kind: 'number', num: money('808.0175'), storedAsText: false, cents: null, places: 4 },
      text: '808.02',
      decimals: 2,
      computed: true,
    });
    expect(computedCell(pending, { kind: 'text', text: '2101101' })).toMatchObject({
      value: { kind: 'number', storedAsText: true },
      text: '2101101',
      computed: true,
    });
  });
});

describe('the direct paths for plain numbers and texts (the .xlsx reader calls them)', () => {
  const formats = fc.constantFrom(undefined, 'General', '0.00', '#,##0.0_ ', '@', '0%');
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('合计', '#N/A', '#REF!', '１２３．４５', '(1,234.50)', '—', ' 3 ', '2101101', '一、 一般公共服务支出'));
  it('numberCell and textCell give the cell normalizeCell gives', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true })), formats, fc.integer({ min: 0, max: 3 }), (value, numFmt, indent) => {
        if (value === '') return;
        if (typeof value === 'number') expect(numberCell(value, numFmt)).toEqual(normalizeCell({ value, numFmt }));
        else expect(textCell(value, numFmt, indent || undefined)).toEqual(normalizeCell({ value, text: value, numFmt, indent: indent || undefined }));
      }),
      { numRuns: 3000 },
    );
  });
});

