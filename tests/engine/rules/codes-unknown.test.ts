// codes/unknown: existence for the table's 预算年度 — error under a complete subtree, one counted note for the rest.
import { createCodeBook } from '../../../src/engine/codes/code-book';
import { codesUnknown } from '../../../src/engine/rules/codes-unknown';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const t = (year: number | null, rows: CodedRow[]): CodedTableSpec => ({ kind: 'general-budget-expenditure', year, rows });

const valid: [string, CodedTableSpec][] = [
  ['seed 001 codes (2024)', t(2024, [{ code: '210', name: '卫生健康支出' }, { code: '21015', name: '医疗保障管理事务' }, { code: '2101505', name: '医疗保障政策管理' }, { code: '2101506', name: '医疗保障经办事务' }])],
  ['2101504 in 2020 (seed 002)', t(2020, [{ parts: ['210', '15', '04'], name: '信息化建设' }])],
  ['234 exists from 2020', t(2020, [{ code: '234', name: '抗疫特别国债安排的支出' }])],
  ['Henan detail rows under a known 项', t(2020, [{ parts: ['210', '15', '01'], name: '行政运行' }, { parts: ['210', '15', '01'], name: '年终一次性奖金', level: 'detail' }])],
  ['no year: nothing to check against', t(null, [{ code: '2101599', name: 'x' }, { code: '2101577', name: 'y' }])],
  ['economic codes', t(2024, [{ code: '302', name: '商品和服务支出' }, { code: '30231', name: '公务用车运行维护费' }, { code: '30239', name: '其他交通费用' }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['a 项 that does not exist under complete 款 21015', t(2021, [{ code: '21015', name: '医疗保障管理事务' }, { code: '2101507', name: '医疗保障经办事务' }]), ['A3 error']],
  ['a 款 that does not exist under complete 类 221', t(2024, [{ code: '221', name: '住房保障支出' }, { code: '22104', name: '住房补贴' }]), ['A3 error']],
  ['a 类 that does not exist (complete list of 类)', t(2021, [{ code: '218', name: '其他' }]), ['A2 error']],
  ['234 did not exist in 2019', t(2019, [{ code: '234', name: '抗疫特别国债安排的支出' }]), ['A2 error']],
  ['2299901 is not in the built-in 2024 data', t(2024, [{ code: '229', name: '其他支出' }, { code: '22999', name: '其他支出' }, { code: '2299901', name: '其他支出' }]), ['A4 info']],
  ['2101504 after 2020 is not claimed either way: counted, not flagged', t(2024, [{ code: '2101504', name: '信息化建设' }]), ['A2 info']],
  ['an economic 款 that does not exist under complete 类 302', t(2024, [{ code: '302', name: '商品和服务支出' }, { code: '30230', name: '公务用车' }]), ['A3 error']],
  ['children of a missing code are reported once', t(2021, [{ code: '21015', name: '医疗保障管理事务' }, { code: '2101507', name: 'x' }, { code: '21019', name: 'y' }, { code: '2101901', name: 'z' }]), ['A3 error', 'A4 info']],
  ['a year without built-in data: one note, no check', t(2015, [{ code: '210', name: 'x' }, { code: '2101577', name: 'y' }]), ['A2 info']],
  ['Henan 项 at its 项 cell', t(2021, [{ parts: ['210', '15', '07'], name: 'x' }]), ['C2 error']],
];

describe('codes/unknown', () => {
  it('words the unchecked note as the issue asks', () => {
    const [f] = runCodeRule(codesUnknown, invalid[4][1]);
    expect(f.message).toBe('内置科目表未收录 1 个科目，未核对；可导入当年科目表。未收录的科目：2299901');
  });
  it('counts the codes the data does not hold in one note, naming ten and linking the others', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ code: `20502${String(i + 1).padStart(2, '0')}`, name: `x${i}` }));
    const findings = runCodeRule(codesUnknown, t(2024, [{ code: '205', name: '教育支出' }, { code: '20502', name: '普通教育' }, ...items]));
    expect(where(findings)).toEqual(['A4 info']);
    expect(findings[0].message).toBe(
      '内置科目表未收录 12 个科目，未核对；可导入当年科目表。未收录的科目：2050201、2050202、2050203、2050204、2050205、2050206、2050207、2050208、2050209、2050210 等',
    );
    expect(findings[0].related?.map((r) => r.cell)).toEqual(Array.from({ length: 11 }, (_, i) => `A${i + 5}`));
  });
  it('says the import was consulted when a partial 科目表 was imported', () => {
    const book = createCodeBook([{ year: 2024, source: '2024年科目表.xlsx', entries: [{ cls: 'functional', code: '2050201', name: '学前教育' }] }]);
    const findings = runCodeRule(codesUnknown, t(2024, [{ code: '2050201', name: '学前教育' }, { code: '2050202', name: '小学教育' }]), { codeBook: book });
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.message}`)).toEqual([
      'A3 info 内置科目表和导入的科目表均未收录 1 个科目，未核对是否存在。未收录的科目：2050202',
    ]);
  });
  it('names the source edition in the error', () => {
    const [f] = runCodeRule(codesUnknown, invalid[0][1]);
    expect(f.message).toBe('科目 2101507 在财政部《2021年政府收支分类科目》中不存在，请核对科目编码');
  });
});

testRule('codes/unknown', codeRuleCases(valid, invalid));
