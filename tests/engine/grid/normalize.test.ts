import { classifyText, decimalsOfFormat, normalizeCell, normalizeText, toHalfWidth } from '../../../src/engine/grid/normalize';

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
