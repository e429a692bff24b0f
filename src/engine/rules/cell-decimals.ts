// cell/decimals: amounts in 万元 with more than two decimals, shown or hidden behind the format.
import { decimalsOf, formatPlain, money, roundTo } from '../money';
import type { Amount } from '../tables/types';
import { defineRule } from './define-rule';
import { amountCellsWithValue } from './support/cells';

/** Columns that legitimately hold more decimals (counts, unit prices of cheap items). */
const EXEMPT = new Set(['quantity', 'unitPrice']);
const NOISE = money('0.000000001');

/** The text the cell shows, else the stored number. */
function shownText(amount: Amount): string {
  return amount.cell?.text ?? (amount.value ? formatPlain(amount.value) : '');
}

/**
 * 万元 figures are published with two decimals (to the 100 元). More decimals shown is a formatting slip; more
 * decimals stored than shown makes sums that look wrong by 0.01 (display rounding): a warning and an info.
 */
export const cellDecimals = defineRule({
  id: 'cell/decimals',
  severity: 'warning',
  description: '以万元为单位的金额不应超过两位小数',
  messages: {
    shown: '单位为万元的金额显示了 {{n}} 位小数（{{text}}），应保留两位小数',
    hidden: '金额实际存储为 {{actual}}，超过两位小数，显示为 {{text}}；合计时可能出现显示舍入差异',
  },
  check(ctx) {
    const cells = amountCellsWithValue(ctx);
    for (let i = 0; i < cells.length; i++) {
      const { table, key, amount } = cells[i];
      if (table.unit !== '万元' || EXEMPT.has(key) || !amount.value) continue;
      // A General-format cell shows the number as stored: its decimals are the ones shown (decimalPlaces() is
      // the decimals of formatPlain's text, without printing it).
      const shown = amount.cell?.decimals ?? Math.min(amount.value.decimalPlaces(), 6);
      if (shown > 2) {
        ctx.report({ messageId: 'shown', at: amount.address, data: { n: shown, text: shownText(amount) }, table: table.kind });
      } else if (amount.value.decimalPlaces() > 2 && amount.value.minus(roundTo(amount.value, 2)).abs().greaterThanOrEqualTo(NOISE)) {
        const actual = formatPlain(amount.value);
        ctx.report({
          messageId: 'hidden',
          at: amount.address,
          actual,
          data: { text: shownText(amount) },
          places: decimalsOf(actual),
          // The published figure shows two decimals; only sums may look off by 0.01, so this is a hint.
          severity: 'info',
          table: table.kind,
        });
      }
    }
  },
});
