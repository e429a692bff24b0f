// codes/format: valid and invalid code cells, each invalid case naming the cell it expects.
import { codesFormat } from '../../../src/engine/rules/codes-format';
import { codeRuleCases, runCodeRule, where, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const table = (rows: CodedTableSpec['rows'], kind: CodedTableSpec['kind'] = 'expenditure-summary'): CodedTableSpec => ({
  kind,
  year: 2021,
  rows,
});

const valid: [string, CodedTableSpec][] = [
  ['Hebei 3/5/7 digit codes', table([{ code: null, name: '合计' }, { code: '210', name: '卫生健康支出' }, { code: '21015', name: '医疗保障管理事务' }, { code: '2101501', name: '行政运行' }])],
  ['codes stored as numbers', table([{ code: 210, name: '卫生健康支出' }, { code: 21015, name: '医疗保障管理事务' }, { code: 2.101501e6, name: '行政运行' }])],
  ['economic 3/5 digits', table([{ code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }, { code: '50101', name: '工资奖金津补贴' }], 'general-budget-basic-expenditure')],
  ['a label in the code column', table([{ code: '其中', name: '人员经费', level: 'line' }])],
  ['Henan split parts', table([{ parts: ['210', null, null], name: '卫生健康支出' }, { parts: [null, '15', null], name: '医疗保障管理事务' }, { parts: [null, null, '01'], name: '行政运行' }, { parts: ['210', '15', '01'], name: '年终一次性奖金', level: 'detail' }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['a 6-digit 项', table([{ code: '210150', name: '行政运行', level: 'item' }]), ['A2 error']],
  ['a letter O for zero', table([{ code: '21015O1', name: '行政运行', level: 'item' }]), ['A2 error']],
  ['a functional code in an economic row', table([{ code: '210', name: '卫生健康支出', level: 'econ-class' }], 'general-budget-basic-expenditure'), ['A2 error']],
  ['an economic code in a functional row', table([{ code: '30101', name: '基本工资', level: 'section' }]), ['A2 error']],
  ['a fractional number', table([{ code: null, name: '合计' }, { code: 2101501.5, name: '行政运行', level: 'item' }]), ['A3 error']],
  ['a 6-digit code the recognizer could not place', table([{ code: '210150', name: '行政运行', level: 'line' }]), ['A2 error']],
  ['a letter in an economic code', table([{ code: '3O101', name: '基本工资', level: 'line' }], 'general-budget-basic-expenditure'), ['A2 error']],
  ['a 3-digit 款 part (Henan)', table([{ parts: ['210', null, null], name: '卫生健康支出' }, { parts: [null, '015', null], name: '医疗保障管理事务', level: 'section' }]), ['B3 error']],
];

describe('codes/format', () => {
  it('says which lengths are allowed when the level is unknown', () => {
    const [f] = runCodeRule(codesFormat, table([{ code: '3O101', name: '基本工资', level: 'line' }], 'general-budget-basic-expenditure'));
    expect(f.message).toBe('科目编码「3O101」应为 3 位或 5 位数字');
  });
  it('says how many digits a 项 needs', () => {
    const [f] = runCodeRule(codesFormat, invalid[0][1]);
    expect(f.message).toBe('项级科目编码应为 7 位，「210150」为 6 位');
  });
});

testRule('codes/format', codeRuleCases(valid, invalid));
