// codes/name-mismatch: the printed name against the year's name, at the name cell.
import { codesNameMismatch } from '../../../src/engine/rules/codes-name-mismatch';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const t = (year: number, rows: CodedRow[]): CodedTableSpec => ({ kind: 'expenditure-summary', year, rows });

const valid: [string, CodedTableSpec][] = [
  ['seed 000 names (2021)', t(2021, [{ code: '2101550', name: '事业运行' }, { code: '30110', name: '城镇职工基本医疗保险缴费' }, { code: '2109999', name: '其他卫生健康支出' }])],
  ['seed 001 names (2024)', t(2024, [{ code: '30110', name: '职工基本医疗保险缴费' }, { code: '2101506', name: '医疗保障经办事务' }])],
  ['width, spaces, brackets and line breaks ignored', t(2024, [{ code: '30213', name: '维修(护)费' }, { code: '30212', name: '因公出国(境)费用' }, { code: '208', name: '社会保障和就\n业支出' }, { code: '21012', name: '财政对基本医疗 保险基金的补助' }])],
  ['both names of 30110 in 2022, the year of the change is not known', t(2022, [{ code: '30110', name: '城镇职工基本医疗保险缴费' }, { code: '30111', name: '公务员医疗补助缴费' }])],
  ['Henan detail rows keep their own names', t(2020, [{ parts: ['210', '15', '01'], name: '行政运行' }, { parts: ['210', '15', '01'], name: '年终一次性奖金', level: 'detail' }])],
  ['a 项目支出表 may print a project name beside the code', { kind: 'project-expenditure', year: 2021, rows: [{ code: '2101301', name: '城乡医疗救助县级补助项目' }] }],
  ['codes not in the data are left to codes/unknown', t(2024, [{ code: '2299901', name: '随便什么' }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['the name of another code: 2101550 行政运行', t(2021, [{ code: '2101501', name: '行政运行' }, { code: '2101550', name: '行政运行' }]), ['B3 error']],
  ['swapped names', t(2024, [{ code: '2101505', name: '医疗保障经办事务' }, { code: '2101506', name: '医疗保障政策管理' }]), ['B2 error', 'B3 error']],
  ['a name that is nobody’s', t(2021, [{ code: '21013', name: '医疗救济' }]), ['B2 error']],
  ['a former name gives a warning with the current name', t(2024, [{ code: '30110', name: '城镇职工基本医疗保险缴费' }]), ['B2 warning']],
  ['a pre-2019 类 name', t(2021, [{ code: '210', name: '医疗卫生与计划生育支出' }]), ['B2 warning']],
  ['a 项目支出表 with the name of another code', { kind: 'project-expenditure', year: 2021, rows: [{ code: '2101550', name: '行政运行' }] }, ['B2 error']],
  ['a blank name', t(2021, [{ code: '2210201', name: '' }]), ['B2 error']],
  ['Henan 项 name at the name cell', t(2020, [{ parts: ['221', '02', '01'], name: '住房补贴' }]), ['D2 error']],
];

describe('codes/name-mismatch', () => {
  it('names the code the printed name belongs to (the nearest one)', () => {
    const [f] = runCodeRule(codesNameMismatch, invalid[0][1]);
    expect(f.message).toBe('科目 2101550 的名称应为「事业运行」，表中的「行政运行」是科目 2101501 的名称，请核对编码或名称');
    // expected/actual are decimal text in the report contract: names stay in the message.
    expect(f.expected ?? null).toBeNull();
    expect(f.actual ?? null).toBeNull();
  });
  it('gives the current name for a former one', () => {
    const [f] = runCodeRule(codesNameMismatch, invalid[3][1]);
    expect(f.message).toBe('科目 30110 的名称「城镇职工基本医疗保险缴费」是旧名称，2024 年科目表中为「职工基本医疗保险缴费」');
  });
});

testRule('codes/name-mismatch', codeRuleCases(valid, invalid));
