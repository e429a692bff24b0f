// parseFormula: @borgar/fx's tree mapped onto the engine's own model, with the reasons a formula is left out.
import { parseFormula } from '../../../src/engine/formula/parse';

function expr(text: string) {
  const p = parseFormula(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return p.expr;
}

describe('parseFormula', () => {
  it('maps a SUM of a range, with or without the leading "=" and in any case', () => {
    const want = { kind: 'call', name: 'SUM', args: [{ kind: 'ref', area: { sheet: null, top: 2, left: 1, bottom: 9, right: 1 } }] };
    expect(expr('SUM(B3:B10)')).toEqual(want);
    expect(expr('=SUM(B3:B10)')).toEqual(want);
    expect(expr('sum(b3:b10)')).toEqual(want);
    expect(expr('SUM($B$3:B$10)')).toEqual(want);
  });

  it('keeps quoted sheet names, whole columns and whole rows', () => {
    expect(expr("'预算表 (2)'!$B$3")).toEqual({ kind: 'ref', area: { sheet: '预算表 (2)', top: 2, left: 1, bottom: 2, right: 1 } });
    expect(expr('支出总表!D7')).toEqual({ kind: 'ref', area: { sheet: '支出总表', top: 6, left: 3, bottom: 6, right: 3 } });
    expect(expr('B:C')).toEqual({ kind: 'ref', area: { sheet: null, top: null, left: 1, bottom: null, right: 2 } });
    expect(expr('3:3')).toEqual({ kind: 'ref', area: { sheet: null, top: 2, left: null, bottom: 2, right: null } });
    expect(expr('C9:B3')).toEqual({ kind: 'ref', area: { sheet: null, top: 2, left: 1, bottom: 8, right: 2 } });
    expect(expr('C:B')).toEqual({ kind: 'ref', area: { sheet: null, top: null, left: 1, bottom: null, right: 2 } });
  });

  it('reads number literals from their digits, never through a float', () => {
    const sumOf = expr('0.1+0.2');
    expect(sumOf.kind === 'binary' && sumOf.left.kind === 'number' && sumOf.left.value.toFixed()).toBe('0.1');
    const big = expr('1.5E3');
    expect(big.kind === 'number' && big.value.toFixed()).toBe('1500');
    const precise = expr('123456789.123456789');
    expect(precise.kind === 'number' && precise.value.toFixed()).toBe('123456789.123456789');
  });

  it('maps operators, missing arguments, text, booleans and error literals', () => {
    expect(expr('-B3*5%')).toEqual({
      kind: 'binary',
      op: '*',
      left: { kind: 'unary', op: '-', arg: { kind: 'ref', area: { sheet: null, top: 2, left: 1, bottom: 2, right: 1 } } },
      right: { kind: 'unary', op: '%', arg: { kind: 'number', value: expect.anything() } },
    });
    expect(expr('IF(A1,,"x")')).toMatchObject({ kind: 'call', name: 'IF', args: [{ kind: 'ref' }, { kind: 'missing' }, { kind: 'text', value: 'x' }] });
    expect(expr('TRUE')).toEqual({ kind: 'bool', value: true });
    expect(expr('#REF!')).toEqual({ kind: 'error', code: '#REF!' });
  });

  it.each([
    ['[1]Sheet1!A1+1', 'external-link'],
    ["'[预算.xlsx]表1'!B3", 'external-link'],
    ['合计数*2', 'defined-name'],
    ['{1,2}', 'array'],
    ['A1:B2 B1:B5', 'operator'],
    ['A1&"元"', 'operator'],
    ['2^3', 'operator'],
    ['SUM(B3:', 'syntax'],
    ['', 'syntax'],
    ['=', 'syntax'],
  ])('%j is not evaluated: %s', (text, reason) => {
    const p = parseFormula(text);
    expect(p.ok ? 'ok' : p.reason).toBe(reason);
  });
});
