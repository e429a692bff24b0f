// A county education bureau's 2024 部门预算 (类 205), built in code on the seed 000 Hebei layouts: most of its
// codes are 205 项 the built-in 科目表 does not hold, which is what once gave 45 warnings on a correct workbook.
// The 205 codes are real 2024 codes (财政部《2024年政府收支分类科目》); the amounts are made up and add up.
import { Decimal, type Money } from '../../../src/engine/money';
import { dataRow, type TableBlock } from '../../fixtures/seeds/block';
import {
  amountColsFrom, assemble, basicHeader, blankRow, codedBody, codedExpenditureHeader, expenditureHeader,
  fiscalGrantHeader, incomeHeader, summaryHeader,
  type CodedRow, type EntityLine, type FiscalGrantRow, type SummaryRow,
} from '../../fixtures/seeds/hebei-layouts';
import { BASIC, CLASS_LINES_2021 } from '../../fixtures/seeds/seed000';

const LINE: EntityLine = { entity: '301示例县教育局', year: '预算年度：2024', unit: '单位：万元' };

/** Leaf 项: code, name, 基本支出, 项目支出. 基本支出 totals 576.27, the seed 000 基本支出表 total reused below. */
const ITEMS: [string, string, number, number][] = [
  ['2050101', '行政运行', 79.32, 0],
  ['2050199', '其他教育管理事务支出', 0, 15],
  ['2050201', '学前教育', 80, 40],
  ['2050202', '小学教育', 150, 300],
  ['2050203', '初中教育', 90, 200],
  ['2050204', '高中教育', 30, 60],
  ['2050299', '其他普通教育支出', 0, 25],
  ['2050302', '中等职业教育', 20, 10],
  ['2050701', '特殊学校教育', 10, 5],
  ['2050801', '教师进修', 0, 8],
  ['2050999', '其他教育费附加安排的支出', 0, 50],
  ['2059999', '其他教育支出', 0, 12],
  ['2080502', '事业单位离退休', 7.15, 0],
  ['2080505', '机关事业单位基本养老保险缴费支出', 44.9, 0],
  ['2080506', '机关事业单位职业年金缴费支出', 2.2, 0],
  ['2101101', '行政单位医疗', 3, 0],
  ['2101102', '事业单位医疗', 21, 0],
  ['2210201', '住房公积金', 38.7, 0],
];

/** Names of the 类 and 款 above the items. */
const PARENTS: Record<string, string> = {
  '205': '教育支出', '20501': '教育管理事务', '20502': '普通教育', '20503': '职业教育', '20507': '特殊教育',
  '20508': '进修及培训', '20509': '教育费附加安排的支出', '20599': '其他教育支出',
  '208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '210': '卫生健康支出', '21011': '行政事业单位医疗',
  '221': '住房保障支出', '22102': '住房改革支出',
};

/** The 205 codes the built-in 2024 data does not hold (every 205 项; its 款 are built in). */
export const EDUCATION_UNCHECKED = ITEMS.map(([code]) => code).filter((c) => c.startsWith('205'));

const money = (n: number | Money): number => new Decimal(n).toNumber();

/** Rows of 支出总表 / 一般公共预算支出表: 合计, then 类 / 款 / 项 in code order with their sums. */
export function educationFunctional(): [string | null, string, number, number | null, number | null][] {
  const sums = new Map<string, [Money, Money]>();
  for (const [code, , b, p] of ITEMS) {
    for (const key of ['', code.slice(0, 3), code.slice(0, 5), code]) {
      const [sb, sp] = sums.get(key) ?? [new Decimal(0), new Decimal(0)];
      sums.set(key, [sb.plus(b), sp.plus(p)]);
    }
  }
  const row = (code: string | null, name: string) => {
    const [b, p] = sums.get(code ?? '') ?? [new Decimal(0), new Decimal(0)];
    return [code, name, money(b.plus(p)), b.isZero() ? null : money(b), p.isZero() ? null : money(p)] as [
      string | null, string, number, number | null, number | null,
    ];
  };
  const codes = [...new Set(ITEMS.flatMap(([c]) => [c.slice(0, 3), c.slice(0, 5), c]))].sort();
  return [row(null, '合计'), ...codes.map((c) => row(c, PARENTS[c] ?? ITEMS.find(([x]) => x === c)?.[1] ?? ''))];
}

/** 类 totals by their index in the 收支总表's list of 类 lines. */
function classAmounts(): Record<number, number> {
  const index: Record<string, number> = { '205': 4, '208': 7, '210': 9, '221': 19 };
  const out: Record<number, number> = {};
  for (const [code, , total] of educationFunctional()) if (code && code.length === 3) out[index[code]] = total;
  return out;
}

function total(): number {
  return educationFunctional()[0][2];
}

function incomeExpenditureSummary(): TableBlock {
  const sources = ['一、一般公共预算拨款收入', '二、政府性基金预算拨款收入', '三、国有资本经营预算拨款收入',
    '四、财政专户管理资金收入', '五、事业收入', '六、事业单位经营收入', '七、上级补助收入', '八、附属单位上缴收入', '九、其他收入'];
  const amounts = classAmounts();
  const rows: SummaryRow[] = CLASS_LINES_2021.map((name, i) => [sources[i] ?? null, i === 0 ? total() : null, name, amounts[i] ?? null]);
  rows.push(['本年收入合计', total(), '本年支出合计', total()], ['上年结转结余', null, '年终结转结余', null],
    ['收入总计', total(), '支出总计', total()]);
  return assemble({
    kind: 'income-expenditure-summary', title: '部门预算收支总表', sheetName: '收支总表', width: 5, line: LINE,
    header: summaryHeader(), body: rows.map((r, i) => dataRow(i + 1, ...r)), amountCols: [2, 4],
  });
}

function incomeSummary(): TableBlock {
  const rows: CodedRow[] = educationFunctional().map(([code, name, t]) => [code, name, t, t, t, null, null, null, null, null, null, null]);
  return assemble({
    kind: 'income-summary', title: '部门预算收入总表', sheetName: '收入总表', width: 13, line: LINE,
    header: incomeHeader({
      code: '科目\n编码', carryover: '上年结转',
      sub: ['小计', '财政拨款\n收入', '财政专户\n收入', '事业收入', '经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'],
    }),
    body: codedBody(rows), amountCols: amountColsFrom(3, 13),
  });
}

function expenditureSummary(): TableBlock {
  const rows: CodedRow[] = educationFunctional().map(([code, name, t, b, p]) => [code, name, t, b, p, null, null, null]);
  return assemble({
    kind: 'expenditure-summary', title: '部门预算支出总表', sheetName: '支出总表', width: 9, line: LINE,
    header: expenditureHeader({ code: '科目\n编码', amounts: ['合计', '基本支出', '项目支出', '经营支出', '上解上级\n支出', '对附属单位补助支出'] }),
    body: codedBody(rows), amountCols: amountColsFrom(3, 9),
  });
}

function fiscalGrantSummary(): TableBlock {
  const incomes = ['一、一般公共预算拨款', '二、政府性基金预算拨款', '三、国有资本经营预算拨款'];
  const amounts = classAmounts();
  const rows: FiscalGrantRow[] = CLASS_LINES_2021.map((name, i) => {
    const a = amounts[i] ?? null;
    return [incomes[i] ?? null, i === 0 ? total() : null, name, a, a, null, null];
  });
  rows.push(['本年收入合计', total(), '本年支出合计', total(), total(), null, null],
    ['年初财政拨款结转和结余', null, '年末财政拨款结转和结余', null, null, null, null],
    ...incomes.map((n): FiscalGrantRow => [n, null, null, null, null, null, null]),
    ['收入总计', total(), '支出总计', total(), total(), null, null]);
  return assemble({
    kind: 'fiscal-grant-summary', title: '部门预算财政拨款收支总表', sheetName: '财政拨款收支总表', width: 8, line: LINE,
    header: fiscalGrantHeader(['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']),
    body: rows.map((r, i) => dataRow(i + 1, ...r)), amountCols: [2, 4, 5, 6, 7],
  });
}

function generalBudgetExpenditure(): TableBlock {
  return assemble({
    kind: 'general-budget-expenditure', title: '部门预算一般公共预算财政拨款支出表', sheetName: '一般公共预算支出表',
    width: 6, line: LINE, header: codedExpenditureHeader(), body: codedBody(educationFunctional()), amountCols: [3, 4, 5],
  });
}

/** Seed 000's 基本支出表 (total 576.27) with 30110 under its 2024 name. */
function basicExpenditure(): TableBlock {
  const rows = BASIC.map(([code, name, ...rest]) => [code, code === '30110' ? '职工基本医疗保险缴费' : name, ...rest] as CodedRow);
  return assemble({
    kind: 'general-budget-basic-expenditure', title: '部门预算一般公共预算财政拨款基本支出表', sheetName: '基本支出表',
    width: 6, line: LINE, header: basicHeader(), body: codedBody(rows), amountCols: [3, 4, 5],
  });
}

function emptyFund(kind: 'gov-fund-expenditure' | 'state-capital-expenditure', title: string, sheetName: string): TableBlock {
  return assemble({
    kind, title, sheetName, width: 6, line: LINE, header: codedExpenditureHeader(), body: [blankRow(6)],
    notes: ['注：本部门无此项预算，空表列示。'], amountCols: [3, 4, 5],
  });
}

/** The education bureau's tables in the usual order. */
export function educationBureauBlocks(): TableBlock[] {
  return [
    incomeExpenditureSummary(), incomeSummary(), expenditureSummary(), fiscalGrantSummary(), generalBudgetExpenditure(),
    basicExpenditure(),
    emptyFund('gov-fund-expenditure', '部门预算政府性基金预算财政拨款支出表', '政府性基金支出表'),
    emptyFund('state-capital-expenditure', '部门预算国有资本经营预算财政拨款支出表', '国有资本经营支出表'),
  ];
}
