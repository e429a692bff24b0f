// 「X 较上年 Y 增加/减少 Z」 must satisfy X − Y = ±Z: the change a clerk states must follow from the two figures.
import { defineRule } from './define-rule';
import { narrativeParagraphs, quote, show } from './narrative-shared';

/** Checks the arithmetic of every change statement that gives both this year's and last year's figure. */
export const narrativeChangeArithmetic = defineRule({
  id: 'narrative/change-arithmetic',
  severity: 'error',
  description: '情况说明中「较上年…增加/减少…」的增减额须等于本年数与上年数之差',
  messages: {
    wrong:
      '「{{phrase}}」计算不符：{{current}} − {{prior}} = {{diff}} 万元，文中写{{verb}} {{amount}} 万元' +
      '（若增减额无误，上年数应为 {{implied}} 万元）。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      for (const c of p.parsed.changes) {
        if (!c.current || !c.prior) continue;
        const diff = c.current.value.minus(c.prior.value);
        const stated = c.sign === 1 ? c.amount.value : c.amount.value.negated();
        if (diff.equals(stated)) continue;
        const places = Math.max(c.current.decimals, c.prior.decimals, c.amount.decimals);
        ctx.report({
          messageId: 'wrong',
          at: p.address,
          expected: show(diff, places),
          actual: show(stated, places),
          data: {
            phrase: quote(p.text, c.current.start + 16, c.amount.end),
            current: show(c.current.value, places),
            prior: show(c.prior.value, places),
            diff: show(diff, places),
            verb: c.sign === 1 ? '增加' : '减少',
            amount: show(c.amount.value, places),
            implied: show(c.current.value.minus(stated), places),
          },
        });
      }
    }
  },
});
