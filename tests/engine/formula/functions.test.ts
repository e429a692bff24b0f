// Values of single formulas as Excel computes them, with exact decimals: operators, SUM, ROUND*, IF, SUMIF.
import { valueOf, type BookCell } from './book';

/** A1 1, A2 2.5, A3 "3" typed as text, A4 a dash, A5 text, A6 empty, A7 TRUE; B1 0.1, B2 0.2. */
const CELLS: BookCell[][] = [[1, 0.1], [2.5, 0.2], ['3'], ['-'], ['abc'], [null], [true]];

describe('operators and references', () => {
  it.each([
    ['B1+B2', '0.3'],
    ['A1+A3', '4'],
    ['A1+A6', '1'],
    ['A1+A7', '2'],
    ['-A2', '-2.5'],
    ['+A5', 'text:abc'],
    ['5%', '0.05'],
    ['A2*2/4', '1.25'],
    ['(A1+A2)*2', '7'],
    ['1/3*3', '1'],
    ['2/3', '0.666666666666667'],
    ['A1', '1'],
    ['A6', '0'],
    ['A5', 'text:abc'],
    ['A3', 'text:3'],
    ['A1>0', 'bool:true'],
    ['A5="ABC"', 'bool:true'],
    ['A6=0', 'bool:true'],
    ['A6=""', 'bool:true'],
    ['A1<A5', 'bool:true'],
  ])('=%s shows %s', (f, want) => expect(valueOf(f, CELLS)).toBe(want));

  it.each([
    ['A1+A4', 'a dash is text'],
    ['A1+A5', 'text that is not a number'],
    ['A1/0', 'division by zero'],
    ['A1:A2', 'a block of cells has no single value'],
    ['A1:A2+1', 'no implicit intersection'],
    ['无此表!A1', 'a sheet that does not exist'],
    ['#REF!+1', 'an error literal'],
    ['VLOOKUP(1,A1:B2,2,0)', 'a function this pass does not compute'],
    ['[1]Sheet1!A1', 'a link to another workbook'],
  ])('=%s stays uncomputed (%s)', (f) => expect(valueOf(f, CELLS)).toBe('uncomputed'));
});

describe('SUM', () => {
  it.each([
    ['SUM(A1:A7)', '3.5'],
    ['SUM(A1,A3)', '1'],
    ['SUM(1,"3",TRUE)', '5'],
    ['SUM(A1:B2,B1)', '3.9'],
    ['SUM(A:A)', '3.5'],
    ['SUM(2:2)', '2.7'],
    ['SUM(A1,)', '1'],
    ['SUM(A6)', '0'],
  ])('=%s shows %s', (f, want) => expect(valueOf(f, CELLS)).toBe(want));

  it('adds exactly (no binary noise) over many cents', () => {
    const rows: BookCell[][] = Array.from({ length: 1000 }, () => [0.01]);
    expect(valueOf('SUM(A1:A1000)', rows)).toBe('10');
  });

  it.each([['SUM("abc")'], ['SUM(A1,A1/0)']])('=%s stays uncomputed', (f) => expect(valueOf(f, CELLS)).toBe('uncomputed'));

  it('an error inside the range stops it', () => {
    const rows: BookCell[][] = [[1], [{ v: null, f: '1/0' }]];
    expect(valueOf('SUM(A1:A2)', rows)).toBe('uncomputed');
  });
});

describe('ROUND, ROUNDUP, ROUNDDOWN', () => {
  it.each([
    ['ROUND(2.345,2)', '2.35'],
    ['ROUND(-2.345,2)', '-2.35'],
    ['ROUND(2.5,0)', '3'],
    ['ROUND(-2.5,0)', '-3'],
    ['ROUND(1234.5,-2)', '1200'],
    ['ROUND(1250,-2)', '1300'],
    ['ROUND(A2,)', '3'],
    ['ROUND(2.345,2.9)', '2.35'],
    ['ROUND(B1+B2,1)', '0.3'],
    ['ROUNDUP(1.231,2)', '1.24'],
    ['ROUNDUP(-1.231,2)', '-1.24'],
    ['ROUNDUP(1201,-2)', '1300'],
    ['ROUNDDOWN(1.239,2)', '1.23'],
    ['ROUNDDOWN(-1.239,2)', '-1.23'],
    ['ROUND(2/3,2)', '0.67'],
    ['ROUND(123.456,200)', '123.456'],
    ['ROUND(123.456,-200)', '0'],
  ])('=%s shows %s', (f, want) => expect(valueOf(f, CELLS)).toBe(want));

  it.each([['ROUND(1.5)'], ['ROUND(A5,2)'], ['ROUND(1,2,3)']])('=%s stays uncomputed', (f) => expect(valueOf(f, CELLS)).toBe('uncomputed'));
});

describe('IF', () => {
  it.each([
    ['IF(A1>0,A2,0)', '2.5'],
    ['IF(A1>5,1)', 'bool:false'],
    ['IF(A6,1,2)', '2'],
    ['IF(A1,,2)', '0'],
    ['IF("TRUE",1,2)', '1'],
    ['IF(A1=1,"",1)', 'blank'],
    ['IF(A1=1,A6,1)', '0'],
    ['IF(A1>0,1,1/0)', '1'],
  ])('=%s shows %s', (f, want) => expect(valueOf(f, CELLS)).toBe(want));

  it.each([['IF(A5,1,2)'], ['IF(A1)'], ['IF(1/0,1,2)']])('=%s stays uncomputed', (f) => expect(valueOf(f, CELLS)).toBe('uncomputed'));
});

describe('SUMIF', () => {
  /** Codes in C (text "208", text "20805", the number 210, 「合计」, empty), amounts in D; E1 is empty. */
  const CODES: BookCell[][] = [
    [null, null, '208', 60.25],
    [null, null, '20805', 54.25],
    [null, null, 210, 3133.12],
    [null, null, '合计', 3193.37],
    [null, null, null, 1],
  ];

  it.each([
    ['SUMIF(C1:C5,"208",D1:D5)', '60.25', 'text equal to text'],
    ['SUMIF(C1:C5,208,D1:D5)', '60.25', 'a number criteria matches number text'],
    ['SUMIF(C1:C5,210,D1:D5)', '3133.12', 'a number'],
    ['SUMIF(C1:C5,"2*",D1:D5)', '114.5', 'wildcards match text only'],
    ['SUMIF(C1:C5,"???",D1:D5)', '60.25', '? is one character'],
    ['SUMIF(C1:C5,"<>合计",D1:D5)', '3248.62', 'not equal includes the empty row'],
    ['SUMIF(C1:C5,">209",D1:D5)', '3187.37', 'numeric order, number text converted'],
    ['SUMIF(D1:D5,">100")', '6326.49', 'no sum range: the range itself'],
    ['SUMIF(C1:C5,"合计",D1)', '3193.37', 'the sum range takes the shape of the range'],
    ['SUMIF(C1:C5,"",D1:D5)', '1', 'empty criteria text matches empty cells'],
    ['SUMIF(C1:C5,"=",D1:D5)', '1', '"=" matches empty cells'],
    ['SUMIF(C:C,"208*",D:D)', '114.5', 'whole columns'],
    ['SUMIF(C1:C5,C1,D1:D5)', '60.25', 'criteria from a cell'],
    ['SUMIF(C1:C5,"合~*",D1:D5)', '0', '~ makes * literal'],
  ])('=%s shows %s (%s)', (f, want) => expect(valueOf(f, CODES)).toBe(want));

  it.each([
    ['SUMIF(C1:C5,E1,D1:D5)', 'an empty criteria cell means different things in different programs'],
    ['SUMIF(C1:C5)', 'too few arguments'],
    ['SUMIF(1,1,D1:D5)', 'the range is not a reference'],
  ])('=%s stays uncomputed (%s)', (f) => expect(valueOf(f, CODES)).toBe('uncomputed'));
});
