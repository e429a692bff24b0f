// codes/order: rows in code order, no repeated code.
import { codesOrder } from '../../../src/engine/rules/codes-order';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const t = (rows: CodedRow[]): CodedTableSpec => ({ kind: 'general-budget-expenditure', year: 2021, rows });

const valid: [string, CodedTableSpec][] = [
  ['seed 000 order', t([{ code: '208', name: 'a' }, { code: '20805', name: 'b' }, { code: '2080502', name: 'c' }, { code: '2080505', name: 'd' }, { code: '20899', name: 'e' }, { code: '2089999', name: 'f' }, { code: '210', name: 'g' }])],
  ['Henan detail rows repeat their 项', t([{ parts: ['210', '15', '01'], name: '行政运行' }, { parts: ['210', '15', '01'], name: '年终一次性奖金', level: 'detail' }, { parts: ['210', '15', '01'], name: '福利费', level: 'detail' }, { parts: [null, null, '04'], name: '信息化建设' }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['a 项 before its sibling', t([{ code: '21015', name: 'a' }, { code: '2101550', name: 'b' }, { code: '2101501', name: 'c' }]), ['A4 warning']],
  ['a 类 before the previous 类', t([{ code: '221', name: 'a' }, { code: '210', name: 'b' }]), ['A3 warning']],
  ['a repeated code', t([{ code: '210', name: 'a' }, { code: '21013', name: 'b' }, { code: '21013', name: 'b' }]), ['A4 warning']],
];

describe('codes/order', () => {
  it('names both codes', () => {
    const [f] = runCodeRule(codesOrder, invalid[0][1]);
    expect(f.message).toBe('科目 2101501 排在 2101550 之后，未按科目编码顺序排列');
  });
});

testRule('codes/order', codeRuleCases(valid, invalid));
