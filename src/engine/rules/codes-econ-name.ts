// codes/econ-name: code-less economic rows (Henan) are matched to codes by name; unknown names only warn.
import { canonicalName } from '../codes/canonical-name';
import { matchEconomicName } from '../codes/econ-names';
import type { Classification } from '../codes/types';
import { normalizeText } from '../grid/normalize';
import { cellText, findSheet } from '../grid/sheet';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, TableRow } from '../tables/types';
import { codeBookOf, isEconomicLevel, nameCellOf, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

const CLS_LABEL: Record<Classification, string> = {
  functional: '支出功能分类',
  'economic-dept': '部门预算支出经济分类',
  'economic-gov': '政府预算支出经济分类',
};

/** The cell on the row that shows `text` (the 政府预算经济分类 column is not in the model), else the name cell. */
function cellShowing(ctx: RuleContext, table: BudgetTable, row: TableRow, text: string): CellAddress {
  const fallback = nameCellOf(table, row);
  const sheet = findSheet(ctx.grid, fallback.sheet);
  const cells = sheet?.cells[row.row] ?? [];
  const key = canonicalName(text);
  const col = cells.findIndex((c, i) => i !== fallback.col && c !== undefined && canonicalName(normalizeText(cellText(c))) === key);
  return col >= 0 ? { sheet: fallback.sheet, row: row.row, col } : fallback;
}

function checkName(ctx: RuleContext, table: BudgetTable, at: CellAddress, cls: Classification, year: number, name: string): void {
  if (canonicalName(name) === '') return;
  const match = matchEconomicName(codeBookOf(ctx), cls, year, name);
  const data = { year, classification: CLS_LABEL[cls] };
  if (!match) {
    ctx.report({ messageId: 'unknown', at, data: { ...data, actual: name }, table: table.kind });
  } else if (match.via === 'former') {
    const names = { actual: name, expected: match.entry.name, code: match.entry.code };
    ctx.report({ messageId: 'formerName', at, data: { ...data, ...names }, table: table.kind });
  }
}

/** Subtotal labels some templates print between economic lines: not subject names. */
const SUBTOTAL = /(合计|小计|总计)$|^(其中)?[:：]?(人员经费|公用经费|人员支出|公用支出)(支出)?$/;

function namedRows(table: BudgetTable): TableRow[] {
  // A table that prints codes is checked by codes/name-mismatch; code-less rows there are labels.
  if (table.rows.some((r) => r.code !== null && isEconomicLevel(r.level))) return [];
  return table.rows.filter((r) => r.code === null && isEconomicLevel(r.level) && !SUBTOTAL.test(canonicalName(r.name)));
}

/** Reported at the name cell (部门预算经济分类) or the cell showing the 政府预算经济分类 name. */
export const codesEconName = defineRule({
  id: 'codes/econ-name',
  severity: 'warning',
  description: '未列编码的经济分类行（河南格式）按名称对应经济分类科目，不认识的名称给出提示',
  messages: {
    unknown: '「{{actual}}」不是 {{year}} 年{{classification}}科目名称，请核对',
    formerName: '「{{actual}}」是经济分类科目 {{code}} 的旧名称，{{year}} 年科目表中为「{{expected}}」',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      const year = yearOf(table, ctx);
      if (year === null) continue;
      for (const row of namedRows(table)) {
        checkName(ctx, table, nameCellOf(table, row), 'economic-dept', year, row.name);
        const gov = row.extra?.govEconName;
        if (gov) checkName(ctx, table, cellShowing(ctx, table, row, gov), 'economic-gov', year, gov);
      }
    }
  },
});
