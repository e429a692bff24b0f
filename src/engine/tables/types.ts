// The typed model of a recognized 部门预算 table: what every rule, the narrative and the UI read.
import type { Money } from '../money';
import type { Cell, CellAddress, Rect } from '../grid/types';

/** The 15 standard tables (../shared/contracts/README.md). */
export const TABLE_KINDS = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-grant-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'gov-fund-expenditure',
  'state-capital-expenditure',
  'three-public-expenses',
  'economic-classification-summary',
  'agency-operating-costs',
  'project-expenditure',
  'procurement',
  'fixed-assets',
  'performance-targets',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export type Unit = '元' | '万元' | '亿元';
/** hebei: one code column + name; henan: 类/款/项 split columns, detail rows, economic tables by name. */
export type Layout = 'hebei' | 'henan';

/**
 * Canonical column keys. A table maps its header cells to these.
 * Amount columns of code tables:
 *   total 合计 · grandTotal 总计 · basic 基本支出 · project 项目支出 · operating 经营支出 ·
 *   remitUpper 上解上级支出 · subsidiary 对附属单位补助支出 · personnel 人员经费 · public 公用经费 ·
 *   deptProject 部门支出 · specialProject 专项支出 · currentIncome 本年收入小计 · fiscalGrant 财政拨款收入 ·
 *   fiscalAccount 财政专户(管理资金)收入 · business 事业收入 · operatingIncome (事业单位)经营收入 ·
 *   upperSubsidy 上级补助收入 · subsidiaryRemit 附属单位上缴收入 · otherIncome 其他收入 · unitFunds 单位资金 ·
 *   carryover 上年结转(结余)
 * Funding columns (财政拨款收支总表, 三公, 政府采购): generalBudget 一般公共预算 · govFund 政府性基金 ·
 *   stateCapital 国有资本经营 · fiscalAccount 财政专户 · unitFunds 单位资金
 * Two-sided summaries: amount 预算数/金额 (income side), and on the expenditure side amount or total + funds.
 * Other tables: quantity 数量 · unitPrice 单价 · value 价值/金额 · budget 预算资金/预算数 · smeShare 预留中小企业份额
 */
export type ColumnKey = string;

export interface TableColumn {
  key: ColumnKey;
  /** Header text as read (normalized), with the group above it if any: "基本支出/人员经费". */
  label: string;
  col: number;
  /** Two-sided summaries: which side the column belongs to. */
  side?: 'income' | 'expenditure';
}

/**
 * 类 3 digits, 款 5, 项 7; detail = Henan rows under a 项 that repeat its code; econ-* = 经济分类; subtotal = a 小计
 * line inside the table (人员经费小计); unit = the line of one 单位 in a per-unit table (its 小计, or its figures).
 */
export type RowLevel =
  | 'total'
  | 'subtotal'
  | 'unit'
  | 'class'
  | 'section'
  | 'item'
  | 'detail'
  | 'econ-class'
  | 'econ-section'
  | 'line';

/**
 * Semantic role of a line in two-sided and list tables:
 * income-source (一、一般公共预算拨款收入…), class-line (八、社会保障和就业支出), income-total (本年收入合计),
 * expenditure-total (本年支出合计), carryover-in (上年结转结余), carryover-out (年终结转结余),
 * income-grand-total (收入总计), expenditure-grand-total (支出总计), basic/personnel/public/project/
 * dept-project/special-project (Henan expenditure side), subtotal (小计), item (list item), part (三公 parts).
 */
export type RowRole = string;

export interface Amount {
  address: CellAddress;
  /** null when the cell is blank or a dash; a text or error cell also gives null (see `cell`). */
  value: Money | null;
  cell: Cell | undefined;
}

export interface TableRow {
  /** Sheet row, 0-based. */
  row: number;
  side?: 'income' | 'expenditure';
  /** Full code ("2101501"), assembled from split columns in the Henan layout; null when none. */
  code: string | null;
  /** The cell holding the code (Hebei) or the last non-blank split cell (Henan). */
  codeAddress?: CellAddress;
  /** Henan: the 类/款/项 cells as typed (blank means "same as above"). */
  codeParts?: { cls: string | null; section: string | null; item: string | null };
  level: RowLevel;
  role?: RowRole;
  name: string;
  nameAddress?: CellAddress;
  amounts: Record<ColumnKey, Amount>;
  /** Cells of the derived columns (增减额 `change`, 增减率 `changeRate` in percent), when the table has them. */
  derived?: Record<ColumnKey, Amount>;
  /** Per-unit tables: the 单位 whose block this row belongs to. */
  unit?: Entity;
  /** Cells of this row that hold text the model could not place (kept for rules such as cell sanity). */
  extra?: Record<string, string>;
  /** Rows this row adds up, as indices into the table's `rows` (tree.ts, set once at recognition). */
  children?: number[];
  /** The row this row adds up into, as an index into the table's `rows`. */
  parent?: number;
}

/**
 * A new row, every field present in one order (those it lacks undefined), so all rows of every table share one
 * object shape: rules read row fields on every row of a workbook, and rows whose optional fields were added in
 * different orders (side, role, codeAddress, parent, children…) gave ten shapes, which made those reads slow and
 * sent compiled code back to be compiled again. Set optional fields by assignment, clear them with `= undefined`
 * (never `delete`).
 */
export function newRow(row: number, name: string, amounts: Record<ColumnKey, Amount>, side?: 'income' | 'expenditure'): TableRow {
  return {
    row,
    side,
    code: null,
    codeAddress: undefined,
    codeParts: undefined,
    level: 'line',
    role: undefined,
    name,
    nameAddress: undefined,
    amounts,
    derived: undefined,
    unit: undefined,
    extra: undefined,
    children: undefined,
    parent: undefined,
  };
}

export interface Entity {
  code: string | null;
  name: string | null;
}

export interface BudgetTable {
  kind: TableKind;
  sheet: string;
  title: string;
  titleAddress: CellAddress;
  /** Title row to last data row. */
  range: Rect;
  entity: Entity | null;
  year: number | null;
  unit: Unit | null;
  layout: Layout;
  /** Header rows (first, last), 0-based sheet rows. */
  header: { top: number; bottom: number };
  columns: TableColumn[];
  /** Columns computed from the amount columns (增减额, 增减率): read into `TableRow.derived`, never summed. */
  derivedColumns?: TableColumn[];
  rows: TableRow[];
  /** Per-unit tables (分单位 / 按单位): rows carry their `unit`; each unit's line is level `unit`. */
  perUnit?: boolean;
  /** True for an empty table (all amounts blank), often with a 「空表列示」 note. */
  isEmpty: boolean;
  /** Notes below the table (注：…). */
  notes: string[];
  /** Sheet rows that repeated the page header in the middle of the table (split tables). */
  repeatedHeaderRows?: number[];
}

/** A block of narrative text found in the workbook (情况说明). */
export interface NarrativeBlock {
  sheet: string;
  title: string;
  titleAddress: CellAddress;
  paragraphs: { text: string; address: CellAddress }[];
}
