// procurement/price-times-quantity: 数量 × 单价 ≈ 金额, allowing for the rounding of the shown 单价.
import { decimalsOf, formatPlain, money, roundTo, type Money } from '../money';
import type { Amount } from '../tables/types';
import { defineRule } from './define-rule';
import { shownPlaces, valueOf } from './support/compare';
import { tablesOf } from './support/tables';

/** Half a unit of the last shown decimal (0.005 for two decimals). */
function halfUnit(places: number) {
  return money(5).times(money(10).pow(-(places + 1)));
}

/**
 * Decimals the 单价 was rounded to before it was written down: the fewer of those shown and those stored (a price
 * typed as 230 in 元 may stand for 230.43; one shown as 0.00 but stored as 0.001 is exact). A zero price is taken
 * at its shown decimals, so 0 × 数量 never excuses a real 金额.
 */
function pricePlaces(p: Amount, value: Money): number {
  const shown = shownPlaces(p);
  return value.isZero() ? shown : Math.min(shown, decimalsOf(formatPlain(value)));
}

/**
 * 金额 must equal 数量 × 单价. The 单价 is often shown rounded (300 本 × 0.00 万元 = 0.30 万元 when the real price is
 * 0.001): any 金额 that a price rounding to the shown 单价 can give is accepted, as an info when it is not exact.
 */
export const procurementPriceTimesQuantity = defineRule({
  id: 'procurement/price-times-quantity',
  severity: 'error',
  description: '政府采购预算表：数量 × 单价 = 金额（单价按显示的小数位舍入）',
  messages: {
    mismatch: '「{{item}}」：数量 {{quantity}} × 单价 {{price}} = {{expected}}，金额为 {{actual}}，相差 {{diff}}',
    rounding:
      '「{{item}}」：数量 {{quantity}} × 单价 {{price}} = {{expected}}，金额为 {{actual}}；单价显示时已舍入，按未舍入的单价计算可以相符，差异仅来自显示舍入',
  },
  check(ctx) {
    for (const t of tablesOf(ctx, 'procurement')) {
      for (const row of t.rows.filter((r) => r.role === 'item')) {
        const q = row.amounts.quantity;
        const p = row.amounts.unitPrice;
        const a = row.amounts.total;
        if (!q?.value || !p?.value || !a?.value) continue;
        const product = q.value.times(p.value);
        const places = shownPlaces(a);
        const diff = a.value.minus(product).abs();
        if (roundTo(diff, places).isZero()) continue;
        const slack = q.value.abs().times(halfUnit(pricePlaces(p, p.value))).plus(halfUnit(places));
        const data = {
          item: row.extra?.item ?? row.name,
          quantity: q.value.toFixed(),
          price: p.cell?.text ?? valueOf(p).toFixed(),
          diff: diff.toFixed(places),
        };
        const messageId = diff.lessThanOrEqualTo(slack) ? 'rounding' : 'mismatch';
        ctx.report({
          messageId,
          at: a.address,
          related: [q.address, p.address],
          expected: product,
          actual: a.value,
          places,
          data,
          severity: messageId === 'rounding' ? 'info' : undefined,
          table: t.kind,
        });
      }
    }
  },
});
