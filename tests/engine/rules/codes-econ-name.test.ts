// codes/econ-name: code-less (Henan) economic rows matched by name; unknown names warn, never error.
import { codesEconName } from '../../../src/engine/rules/codes-econ-name';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const t = (year: number, rows: CodedRow[]): CodedTableSpec => ({ kind: 'general-budget-basic-expenditure', year, rows });

/** Seed 002 一般公共预算基本支出情况表 (2020) as printed. */
const SEED_002: CodedRow[] = [
  { name: '工资福利支出', level: 'econ-class' },
  { name: '基本工资', govName: '工资奖金津补贴' },
  { name: '津贴补贴', govName: '工资奖金津补贴' },
  { name: '奖金', govName: '工资奖金津补贴' },
  { name: '机关事业单位基本养老保险费', govName: '社会保障缴费' },
  { name: '城镇职工基本医疗保险缴费', govName: '社会保障缴费' },
  { name: '其他社会保障性缴费', govName: '社会保障缴费' },
  { name: '住房公积金', govName: '住房公积金' },
  { name: '商品和服务支出', level: 'econ-class' },
  { name: '办公费', govName: '办公经费' },
  { name: '电费', govName: '办公经费' },
  { name: '差旅费', govName: '办公经费' },
  { name: '会议费', govName: '会议费' },
  { name: '工会经费', govName: '办公经费' },
  { name: '福利费', govName: '办公经费' },
];

const valid: [string, CodedTableSpec][] = [
  ['seed 002 (2020) with its real-world variants', t(2020, SEED_002)],
  ['coded (Hebei) rows are left to codes/name-mismatch', t(2021, [{ code: '30101', name: '不相干' }])],
  ['code-less label rows in a coded table', t(2021, [{ name: '人员经费' }, { code: '301', name: '工资福利支出' }, { code: '30101', name: '基本工资' }])],
  ['subtotal labels in a code-less table', t(2020, [{ name: '人员经费' }, { name: '基本工资', govName: '工资奖金津补贴' }, { name: '公用经费小计' }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['an unknown 部门经济分类 name', t(2020, [{ name: '加班费', govName: '工资奖金津补贴' }]), ['A2 warning']],
  ['an unknown 政府经济分类 name, at its own cell', t(2020, [{ name: '办公费', govName: '办公费用' }]), ['B2 warning']],
  ['a former name in 2024', t(2024, [{ name: '城镇职工基本医疗保险缴费', govName: '社会保障缴费' }]), ['A2 warning']],
];

describe('codes/econ-name', () => {
  it('gives the current name for a former one', () => {
    const [f] = runCodeRule(codesEconName, invalid[2][1]);
    expect(f.message).toBe('「城镇职工基本医疗保险缴费」是经济分类科目 30110 的旧名称，2024 年科目表中为「职工基本医疗保险缴费」');
  });
});

testRule('codes/econ-name', codeRuleCases(valid, invalid));
