// Per-unit tables (部门预算支出总表（分单位）, 收入总表 by 单位): one block per 单位, opened by a line naming the unit
// (its 单位编码 / 单位名称 cells, or the unit's name typed alone in the code column) and closed by its 小计 when the
// 小计 comes last. Every line of a block carries its unit; the unit's own line is level `unit`, role unit-subtotal.
import type { Sheet } from '../grid/types';
import { cleanLabel } from './columns';
import type { Header } from './header';
import { entityOf } from './meta';
import { textAt } from './sheet-view';
import type { Entity, TableRow } from './types';

function colOf(header: Header, key: string): number | null {
  return header.columns.find((c) => c.key === key)?.col ?? null;
}

function hasFigures(row: TableRow): boolean {
  return Object.values(row.amounts).some((a) => a.value !== null);
}

/** A unit typed alone on a line of its own: 「473001 灵寿县医疗保障局本级」, no amounts. */
function headingUnit(row: TableRow): Entity | null {
  if (hasFigures(row) || row.level === 'total') return null;
  const text = `${row.code ?? ''}${row.name}`.trim();
  if (row.code !== null && /^\d{3,5}$|^\d{7}$/.test(row.code)) return null;
  return text === '' ? null : entityOf(text);
}

function makeUnitLine(row: TableRow, unit: Entity): void {
  row.level = 'unit';
  row.role = 'unit-subtotal';
  row.unit = unit;
  row.code = null;
  row.codeAddress = undefined;
}

/**
 * Mark the unit blocks of a per-unit table; returns true when it has any. `perUnit` (the title says 分单位 / 按单位)
 * lets a lone name line open a block; unit columns always do.
 */
export function markUnitBlocks(sheet: Sheet, header: Header, rows: readonly TableRow[], perUnit: boolean): boolean {
  const codeCol = colOf(header, 'unitCode');
  const nameCol = colOf(header, 'unitName');
  let current: Entity | null = null;
  let found = false;
  for (const row of rows) {
    const code = codeCol !== null ? textAt(sheet, row.row, codeCol) : '';
    const name = nameCol !== null ? textAt(sheet, row.row, nameCol) : '';
    const heading = perUnit && !code && !name ? headingUnit(row) : null;
    if (/^(合计|总计)$/.test(cleanLabel(code || name))) {
      // 「合计」 typed in the unit columns (merged across them): the table's total.
      row.level = 'total';
      row.name = cleanLabel(code || name);
      current = null;
    } else if (code || name || heading) {
      current = heading ?? { code: code || null, name: name || code };
      makeUnitLine(row, current);
      if (heading) row.role = 'unit-heading';
      else {
        row.name = current.name ?? row.name;
        if (nameCol !== null) row.nameAddress = { sheet: sheet.name, row: row.row, col: nameCol };
      }
      found = true;
    } else if (current && row.level === 'subtotal' && /^小计$/.test(cleanLabel(row.name))) {
      // A 小计 closing the block: the unit's figures.
      makeUnitLine(row, current);
      current = null;
    } else if (row.level === 'total') {
      current = null;
    } else if (current) {
      row.unit = current;
    }
  }
  return found;
}
