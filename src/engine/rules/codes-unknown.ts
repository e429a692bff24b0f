// codes/unknown: a 科目编码 must exist in the year's 科目表. Where the data claims completeness (or an imported
// official table covers the code) a missing code is an error at its cell. Elsewhere the built-in data is partial:
// the codes it does not hold are counted in one note per year instead of a warning each (an education bureau's
// real 205 codes are not 45 alarms).
import { builtInYears } from '../codes/code-book';
import type { Classification, CodeBook } from '../codes/types';
import { parentCode } from '../codes/year-table';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, TableKind } from '../tables/types';
import { codeBookOf, codeCellOf, validCodedRows, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

/** Codes of one year the data does not hold, in order of first appearance, with the cell of each. */
interface Unchecked {
  codes: string[];
  cells: CellAddress[];
  table: TableKind;
  imported: boolean;
}

/** How many codes the note names, and how many cells it links. */
const NAMED = 10;
const LINKED = 50;

/** Once per year without data: say the codes were not checked rather than stay silent. */
function reportNoData(ctx: RuleContext, table: BudgetTable, year: number, done: Set<number>): void {
  const first = validCodedRows(table)[0];
  if (!first || done.has(year)) return;
  done.add(year);
  const years = builtInYears(first.cls);
  const data = { year, first: years[0] ?? '', last: years[years.length - 1] ?? '' };
  ctx.report({ messageId: 'noData', severity: 'info', at: codeCellOf(table, first.row), data, table: table.kind });
}

function addUnchecked(book: CodeBook, byYear: Map<number, Unchecked>, year: number, cls: Classification, code: string, at: CellAddress, table: BudgetTable): void {
  const entry = byYear.get(year) ?? { codes: [], cells: [], table: table.kind, imported: false };
  byYear.set(year, entry);
  entry.imported ||= book.hasImport(cls, year);
  if (entry.codes.includes(code)) return;
  entry.codes.push(code);
  entry.cells.push(at);
}

function checkTable(ctx: RuleContext, table: BudgetTable, noData: Set<number>, unchecked: Map<number, Unchecked>): void {
  const year = yearOf(table, ctx);
  if (year === null) return;
  const book = codeBookOf(ctx);
  const rows = validCodedRows(table);
  if (rows.length > 0 && book.source(rows[0].cls, year) === undefined) {
    reportNoData(ctx, table, year, noData);
    return;
  }
  const itemCodes = new Set(rows.filter((r) => r.row.level === 'item').map((r) => r.row.code));
  const seen = new Set<string>();
  const missing = new Set<string>();
  for (const { row, cls } of rows) {
    // A Henan detail row repeats its 项 code: the 项 row speaks for it.
    if (row.level === 'detail' && itemCodes.has(row.code)) continue;
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    const source = book.source(cls, year);
    if (source === undefined || book.lookup(cls, year, row.code)) continue;
    // Under a code already reported missing, the children add nothing.
    if (missing.has(parentCode(row.code))) {
      missing.add(row.code);
      continue;
    }
    if (!book.isComplete(cls, year, row.code)) {
      addUnchecked(book, unchecked, year, cls, row.code, codeCellOf(table, row), table);
      continue;
    }
    missing.add(row.code);
    ctx.report({ messageId: 'missing', at: codeCellOf(table, row), data: { code: row.code, year, source }, table: table.kind });
  }
}

/** One note per year: how many codes went unchecked, the first few by name, all of them linked. */
function reportUnchecked(ctx: RuleContext, unchecked: Map<number, Unchecked>): void {
  for (const { codes, cells, table, imported } of unchecked.values()) {
    const named = codes.slice(0, NAMED).join('、') + (codes.length > NAMED ? ' 等' : '');
    ctx.report({
      messageId: imported ? 'notInImport' : 'notBuiltIn',
      severity: 'info',
      at: cells[0],
      related: cells.slice(1, LINKED),
      data: { count: codes.length, codes: named },
      table,
    });
  }
}

/** Errors at the code cell of the first row with the code; unchecked codes in one note at the first of them. */
export const codesUnknown = defineRule({
  id: 'codes/unknown',
  severity: 'error',
  description: '科目编码须存在于预算年度的政府收支分类科目表中（内置科目表未收录的科目汇总为一条提示）',
  messages: {
    missing: '科目 {{code}} 在{{source}}中不存在，请核对科目编码',
    notBuiltIn: '内置科目表未收录 {{count}} 个科目，未核对；可导入当年科目表。未收录的科目：{{codes}}',
    notInImport: '内置科目表和导入的科目表均未收录 {{count}} 个科目，未核对是否存在。未收录的科目：{{codes}}',
    noData: '内置科目表只包含 {{first}}—{{last}} 年，未核对 {{year}} 年科目编码是否存在、名称是否正确；可导入当年科目表后再校验',
  },
  check(ctx) {
    const noData = new Set<number>();
    const unchecked = new Map<number, Unchecked>();
    for (const table of ctx.tables) checkTable(ctx, table, noData, unchecked);
    reportUnchecked(ctx, unchecked);
  },
});
