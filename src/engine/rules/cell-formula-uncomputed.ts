// cell/formula-uncomputed: formulas saved without a value (openpyxl, export tools, manual calculation) that the
// engine could not compute either (src/engine/formula): their cells read as blank, so their sums cannot be checked.
import { addressToA1 } from '../grid/address';
import type { CellAddress } from '../grid/types';
import type { BudgetTable } from '../tables/types';
import { defineRule } from './define-rule';
import { amountCellsWhere } from './support/cells';

/** Cells named in the message; the rest are counted (and listed as related, for the pane and the annotated copy). */
const NAMED = 5;

/** One warning per table, at its first such cell: a blank that hides a figure is never reported as a wrong sum. */
export const cellFormulaUncomputed = defineRule({
  id: 'cell/formula-uncomputed',
  severity: 'warning',
  description: '公式在文件中没有保存计算结果，本工具也无法计算（如引用其他工作簿、不支持的函数），相关合计无法核对',
  messages: {
    uncomputed:
      '公式没有计算结果，无法核对：本表 {{count}} 个单元格（{{cells}}）的公式在文件中没有保存结果，本工具也无法计算。' +
      '请在 Excel 或 WPS 中打开文件，重新计算（按 F9）后保存，再校验',
  },
  check(ctx) {
    const byTable = new Map<BudgetTable, CellAddress[]>();
    for (const { table, amount } of amountCellsWhere(ctx, 'uncomputed', (c) => c.amount.cell?.uncomputed === true)) {
      const list = byTable.get(table);
      if (list) list.push(amount.address);
      else byTable.set(table, [amount.address]);
    }
    for (const [table, cells] of byTable) {
      const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
      const named = sorted.slice(0, NAMED).map(addressToA1).join('、') + (sorted.length > NAMED ? ' 等' : '');
      ctx.report({
        messageId: 'uncomputed',
        at: sorted[0],
        related: sorted.slice(1),
        data: { count: sorted.length, cells: named },
        table: table.kind,
      });
    }
  },
});
