// codes/parent-missing: a 项 without its 款 row, a 款 without its 类 row.
import { codesParentMissing } from '../../../src/engine/rules/codes-parent-missing';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const t = (rows: CodedRow[], kind: CodedTableSpec['kind'] = 'expenditure-summary'): CodedTableSpec => ({ kind, year: 2021, rows });

const valid: [string, CodedTableSpec][] = [
  ['full tree', t([{ code: null, name: '合计' }, { code: '221', name: '住房保障支出' }, { code: '22102', name: '住房改革支出' }, { code: '2210201', name: '住房公积金' }])],
  ['economic tree', t([{ code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }], 'general-budget-basic-expenditure')],
  ['Henan detail rows', t([{ parts: ['221', null, null], name: '住房保障支出' }, { parts: [null, '02', null], name: '住房改革支出' }, { parts: [null, null, '01'], name: '住房公积金' }, { parts: ['221', '02', '01'], name: '住房公积金', level: 'detail' }])],
  ['项目支出表 lists projects, not a tree', t([{ code: '2101301', name: '城乡医疗救助' }], 'project-expenditure')],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['a 项 without its 款', t([{ code: '221', name: '住房保障支出' }, { code: '2210201', name: '住房公积金' }]), ['A3 error']],
  ['a 款 without its 类', t([{ code: '22102', name: '住房改革支出' }, { code: '2210201', name: '住房公积金' }]), ['A2 error']],
  ['reported once per missing parent', t([{ code: '210', name: '卫生健康支出' }, { code: '2101101', name: '行政单位医疗' }, { code: '2101102', name: '事业单位医疗' }]), ['A3 error']],
  ['an economic 款 without its 类', t([{ code: '30101', name: '基本工资' }], 'general-budget-basic-expenditure'), ['A2 error']],
];

describe('codes/parent-missing', () => {
  it('says which parent is missing', () => {
    const [f] = runCodeRule(codesParentMissing, invalid[0][1]);
    expect(f.message).toBe('项级科目 2210201 缺少所属的款级科目 22102 行');
  });
});

testRule('codes/parent-missing', codeRuleCases(valid, invalid));
