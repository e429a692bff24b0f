// cell/formula-error: an amount cell whose formula returns an error (#REF!, #DIV/0!).
import { defineRule } from './define-rule';
import { amountCellsHolding } from './support/cells';

/** A broken formula shows an error instead of a figure; every total that uses it is wrong too. */
export const cellFormulaError = defineRule({
  id: 'cell/formula-error',
  severity: 'error',
  description: '金额单元格的公式返回错误值（如 #REF!、#DIV/0!）',
  messages: {
    error: '单元格显示错误值 {{code}}{{formula}}，请检查公式引用的单元格',
  },
  check(ctx) {
    for (const { table, amount } of amountCellsHolding(ctx, ['error'])) {
      const v = amount.cell?.value;
      if (v?.kind !== 'error') continue;
      const formula = amount.cell?.formula ? `（公式 =${amount.cell.formula.replace(/^=/, '')}）` : '';
      ctx.report({ messageId: 'error', at: amount.address, data: { code: v.code, formula }, table: table.kind });
    }
  },
});
