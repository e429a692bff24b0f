// Every figure a 情况说明 may state, read once from the recognized tables (in 万元), so templates and checks agree.
import { ZERO, type Money } from '../money';
import type { BudgetTable, Layout, TableRow } from '../tables/types';
import {
  amountOf, firstAmount, rowWithRole, tableOf, tablesOf, totalRow, zeroIfEmpty,
} from './table-lookup';
import { scopeOf } from './scope';
import { readThreePublic, type ThreePublicFacts } from './three-public-facts';
import type { Grid } from '../grid/types';
import { readFixedAssets, type FixedAssetFacts } from './fixed-asset-facts';
import { readOrganization, type Organization } from './organization';
import { readPerformanceProjects, type PerformanceProject } from './performance-facts';
import { readProcurement, type ProcurementFacts } from './procurement-facts';
import { projectsFromForms, projectsFromTables } from './project-lines';

export type { ThreePublicFacts } from './three-public-facts';
export type { PerformanceProject } from './performance-facts';

/** Which fund an income line belongs to; null for lines the templates name as they are. */
export type SourceKey = 'generalBudget' | 'govFund' | 'stateCapital' | 'fiscalAccount' | 'unitFunds' | null;

/** A named line with its amount in 万元 (a project, a 类). */
export interface NamedAmount {
  name: string;
  amount: Money;
}

/** An income line of the 收支总表 (一般公共预算拨款收入…). */
export interface IncomeSource extends NamedAmount {
  key: SourceKey;
}

/** A 功能分类 类 line of the 一般公共预算支出表 (for shares and class figures). */
export interface ClassAmount extends NamedAmount {
  code: string | null;
}

/** Facts of one workbook; null means the tables do not say (never a guessed zero). */
export interface BudgetFacts {
  entity: string | null;
  year: number | null;
  wording: '部门' | '单位';
  layout: Layout;
  incomeTotal: Money | null;
  incomeGrandTotal: Money | null;
  expenditureTotal: Money | null;
  expenditureGrandTotal: Money | null;
  incomeSources: IncomeSource[];
  carryover: Money | null;
  basic: Money | null;
  personnel: Money | null;
  public: Money | null;
  project: Money | null;
  generalBudgetTotal: Money | null;
  /** 一般公共预算基本支出表 合计 (may differ from 基本支出 when other funds pay basic costs). */
  basicGeneralBudget: Money | null;
  /** 财政拨款收支总表 本年收入合计. */
  fiscalGrantTotal: Money | null;
  /** 财政拨款收支总表 收入总计 (with 年初结转). */
  fiscalGrantGrandTotal: Money | null;
  classes: ClassAmount[];
  projectItems: NamedAmount[];
  threePublic: ThreePublicFacts | null;
  agencyOperating: Money | null;
  agencyItems: string[];
  /** 公用经费 economic lines of the 基本支出表 (names only). */
  publicItems: string[];
  procurement: Money | null;
  fixedAssets: Money | null;
  performanceProjects: PerformanceProject[];
  govFundExpenditure: Money | null;
  stateCapitalExpenditure: Money | null;
  /** 项目支出 by project (项目支出表, else 绩效目标表 budgets); empty when no table names the projects. */
  projects: NamedAmount[];
  /** The 政府采购预算表 in detail (items, 货物/工程/服务, 中小企业份额, 拟购置固定资产). */
  procurementDetail: ProcurementFacts | null;
  /** The 固定资产占用情况表 lines. */
  fixedAssetDetail: FixedAssetFacts | null;
  /** 机构设置 from a 部门基本情况表 in the workbook (needs the grid). */
  organization: Organization | null;
  /** Titles of the recognized tables in workbook order (the Henan 目录 lists them). */
  tableTitles: string[];
}

/**
 * Read every narrative figure from the tables; pure and total (missing tables give nulls). With the `grid`, also
 * what the table model does not keep: 机构设置, 项目名称 of a 项目支出表, the 绩效目标 texts.
 */
export function extractFacts(tables: readonly BudgetTable[], grid?: Grid): BudgetFacts {
  const totals = readTotals(tables);
  const split = readBasicSplit(tables);
  const agency = tableOf(tables, 'agency-operating-costs');
  const procurement = tableOf(tables, 'procurement');
  const fixed = tableOf(tables, 'fixed-assets');
  const year = commonYear(tables);
  const performance = readPerformanceProjects(tables, grid);
  const named = projectsFromTables(tables, grid);
  return {
    entity: entityName(tables),
    year,
    wording: wordingOf(tables),
    layout: layoutOf(tables),
    ...totals,
    ...split,
    incomeSources: readIncomeSources(tables),
    generalBudgetTotal: readGeneralBudgetTotal(tables),
    basicGeneralBudget: readBasicGeneralBudget(tables),
    fiscalGrantTotal: readFiscalGrant(tables, 'income-total'),
    fiscalGrantGrandTotal: readFiscalGrant(tables, 'income-grand-total'),
    classes: readClasses(tables),
    projectItems: readProjectItems(tables),
    threePublic: readThreePublic(tableOf(tables, 'three-public-expenses')),
    agencyOperating: zeroIfEmpty(agency, agency ? amountOf(agency, totalRow(agency), 'total') : null),
    agencyItems: agency ? econNames(agency, 'total') : [],
    publicItems: publicItemNames(tables),
    procurement: zeroIfEmpty(procurement, procurement ? firstAmount(procurement, totalRow(procurement), ['total', 'budget']) : null),
    fixedAssets: zeroIfEmpty(fixed, fixed ? amountOf(fixed, rowWithRole(fixed, 'total'), 'value') : null),
    performanceProjects: performance,
    govFundExpenditure: fundExpenditure(tables, 'gov-fund-expenditure'),
    stateCapitalExpenditure: fundExpenditure(tables, 'state-capital-expenditure'),
    projects: named.length > 0 ? named : projectsFromForms(performance),
    procurementDetail: readProcurement(procurement, year),
    fixedAssetDetail: readFixedAssets(fixed),
    organization: readOrganization(grid),
    tableTitles: tables.map((t) => t.title),
  };
}

function entityName(tables: readonly BudgetTable[]): string | null {
  for (const t of tables) {
    const name = t.entity?.name?.replace(/^\d+\s*/, '').trim();
    if (name) return name;
  }
  return null;
}

function commonYear(tables: readonly BudgetTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null && t.kind !== 'fixed-assets') counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function wordingOf(tables: readonly BudgetTable[]): '部门' | '单位' {
  return scopeOf(tables) ?? '部门';
}

function layoutOf(tables: readonly BudgetTable[]): Layout {
  const henan = tables.filter((t) => t.layout === 'henan').length;
  return henan * 2 > tables.length ? 'henan' : 'hebei';
}

function readTotals(tables: readonly BudgetTable[]) {
  const summary = tableOf(tables, 'income-expenditure-summary');
  const income = tableOf(tables, 'income-summary');
  const spending = tableOf(tables, 'expenditure-summary');
  const roleAmount = (role: string, side: 'income' | 'expenditure') =>
    summary ? firstAmount(summary, rowWithRole(summary, role, side), ['amount', 'total']) : null;
  const incomeTotalRow = income ? totalRow(income) : undefined;
  return {
    incomeTotal: roleAmount('income-total', 'income') ?? (income ? amountOf(income, incomeTotalRow, 'currentIncome') : null),
    incomeGrandTotal: roleAmount('income-grand-total', 'income') ?? (income ? amountOf(income, incomeTotalRow, 'total') : null),
    expenditureTotal:
      (spending ? firstAmount(spending, totalRow(spending), ['grandTotal', 'total']) : null) ??
      roleAmount('expenditure-total', 'expenditure'),
    expenditureGrandTotal: roleAmount('expenditure-grand-total', 'expenditure'),
    carryover:
      roleAmount('carryover-in', 'income') ?? (income ? amountOf(income, incomeTotalRow, 'carryover') : null),
  };
}

/** 基本支出 / 项目支出 and the 人员经费 / 公用经费 split, from whichever table states them. */
function readBasicSplit(tables: readonly BudgetTable[]) {
  const summary = tableOf(tables, 'income-expenditure-summary');
  const candidates = [tableOf(tables, 'expenditure-summary'), tableOf(tables, 'general-budget-expenditure')];
  const basicTable = tableOf(tables, 'general-budget-basic-expenditure');
  const pick = (key: string, role: string): Money | null => {
    for (const t of candidates) {
      const v = t ? amountOf(t, totalRow(t), key) : null;
      if (v !== null) return v;
    }
    return summary ? firstAmount(summary, rowWithRole(summary, role, 'expenditure'), ['amount', 'total']) : null;
  };
  const fromBasic = (key: string) => (basicTable ? amountOf(basicTable, totalRow(basicTable), key) : null);
  return {
    basic: pick('basic', 'basic') ?? (basicTable ? amountOf(basicTable, totalRow(basicTable), 'total') : null),
    project: pick('project', 'project'),
    personnel: fromBasic('personnel') ?? pick('personnel', 'personnel'),
    public: fromBasic('public') ?? pick('public', 'public'),
  };
}

const ORDINAL = /^[一二三四五六七八九十]+[、.．]\s*/;

/** Which fund an income line names. */
export function sourceKeyOf(name: string): SourceKey {
  if (/一般公共预算/.test(name)) return 'generalBudget';
  if (/政府性基金|基金预算/.test(name)) return 'govFund';
  if (/国有资本经营/.test(name)) return 'stateCapital';
  if (/财政专户/.test(name)) return 'fiscalAccount';
  if (/单位资金/.test(name)) return 'unitFunds';
  return null;
}

function readIncomeSources(tables: readonly BudgetTable[]): IncomeSource[] {
  const summary = tableOf(tables, 'income-expenditure-summary');
  if (!summary) return [];
  return summary.rows
    .filter((r) => r.role === 'income-source' && r.side !== 'expenditure')
    .map((r) => {
      const name = r.name.replace(ORDINAL, '');
      return { name, key: sourceKeyOf(name), amount: firstAmount(summary, r, ['amount', 'total']) ?? ZERO };
    });
}

function readGeneralBudgetTotal(tables: readonly BudgetTable[]): Money | null {
  const t = tableOf(tables, 'general-budget-expenditure');
  return t ? zeroIfEmpty(t, firstAmount(t, totalRow(t), ['grandTotal', 'total'])) : null;
}

function readBasicGeneralBudget(tables: readonly BudgetTable[]): Money | null {
  const t = tableOf(tables, 'general-budget-basic-expenditure');
  return t ? zeroIfEmpty(t, amountOf(t, totalRow(t), 'total')) : null;
}

function readFiscalGrant(tables: readonly BudgetTable[], role: 'income-total' | 'income-grand-total'): Money | null {
  const t = tableOf(tables, 'fiscal-grant-summary');
  if (!t) return null;
  const row = rowWithRole(t, role, 'income');
  return zeroIfEmpty(t, row ? firstAmount(t, row, ['amount', 'total']) : null);
}

function readClasses(tables: readonly BudgetTable[]): ClassAmount[] {
  const t = tableOf(tables, 'general-budget-expenditure') ?? tableOf(tables, 'expenditure-summary');
  if (!t) return [];
  return t.rows
    .filter((r) => r.level === 'class')
    .map((r) => ({ code: r.code, name: r.name, amount: firstAmount(t, r, ['grandTotal', 'total']) ?? ZERO }))
    .filter((c) => !c.amount.isZero());
}

/** The largest 项目支出 lines (项, or Henan detail rows), largest first: what 「主要为…」 lists. */
function readProjectItems(tables: readonly BudgetTable[]): NamedAmount[] {
  const t = tableOf(tables, 'expenditure-summary') ?? tableOf(tables, 'general-budget-expenditure');
  if (!t) return [];
  const hasDetail = t.rows.some((r) => r.level === 'detail');
  const level = hasDetail ? 'detail' : 'item';
  const items = t.rows
    .filter((r) => r.level === level)
    .map((r) => ({ name: r.name, amount: amountOf(t, r, 'project') ?? ZERO }))
    .filter((x) => x.amount.greaterThan(ZERO));
  return largestFirst(items, 6);
}

/** The first `n` of a stable largest-first sort, without sorting 100k lines of a consolidated workbook. */
function largestFirst(items: readonly NamedAmount[], n: number): NamedAmount[] {
  const top: NamedAmount[] = [];
  for (const it of items) {
    if (top.length === n && !it.amount.greaterThan(top[n - 1].amount)) continue;
    let i = top.length;
    while (i > 0 && it.amount.greaterThan(top[i - 1].amount)) i--;
    top.splice(i, 0, it);
    if (top.length > n) top.pop();
  }
  return top;
}

function econNames(table: BudgetTable, key: string): string[] {
  return table.rows
    .filter((r: TableRow) => r.level === 'econ-section' && (amountOf(table, r, key) ?? ZERO).greaterThan(ZERO))
    .map((r) => r.name);
}

/** Names of the 公用经费 economic lines of the 基本支出表 (what 机关运行经费 is usually spent on). */
export function publicItemNames(tables: readonly BudgetTable[]): string[] {
  const t = tableOf(tables, 'general-budget-basic-expenditure');
  if (!t) return [];
  return t.columns.some((c) => c.key === 'public') ? econNames(t, 'public') : [];
}

function fundExpenditure(tables: readonly BudgetTable[], kind: 'gov-fund-expenditure' | 'state-capital-expenditure'): Money | null {
  const t = tableOf(tables, kind);
  if (!t) return null;
  const row = totalRow(t) ?? rowWithRole(t, 'expenditure-total', 'expenditure');
  return zeroIfEmpty(t, row ? firstAmount(t, row, ['total', 'amount']) : null);
}
