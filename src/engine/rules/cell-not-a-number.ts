// cell/not-a-number: text in an amount cell ("3232.07元") is not a number and is left out of every sum.
import { parseAmount } from '../money';
import { defineRule } from './define-rule';
import { amountCellsHolding } from './support/cells';

/** The number a clerk meant, when the text is a number with a unit or stray characters around it. */
function meant(text: string): string | null {
  const m = /[+-]?\d[\d,]*(\.\d+)?/.exec(text);
  const n = m ? parseAmount(m[0]) : null;
  return n ? n.toFixed() : null;
}

/** A text cell where a number belongs silently counts as zero in Excel's sums; the clerk must retype it. */
export const cellNotANumber = defineRule({
  id: 'cell/not-a-number',
  severity: 'error',
  description: '金额单元格中的内容不是数字（如“3232.07元”），不会参与求和',
  messages: {
    text: '金额单元格内容「{{text}}」不是数字，求和时会被当作 0；请只填写数字',
    textWithNumber: '金额单元格内容「{{text}}」不是数字，求和时会被当作 0；请只填写数字 {{number}}',
  },
  check(ctx) {
    for (const { table, amount } of amountCellsHolding(ctx, ['text', 'bool'])) {
      const v = amount.cell?.value;
      if (v?.kind !== 'text' && v?.kind !== 'bool') continue;
      const text = amount.cell?.text ?? '';
      const number = meant(text);
      ctx.report({
        messageId: number ? 'textWithNumber' : 'text',
        at: amount.address,
        expected: number,
        data: number ? { text, number } : { text },
        table: table.kind,
      });
    }
  },
});
