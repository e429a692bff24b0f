// One item, one amount: a 说明 that states 机关运行经费 as 6.42 万元 in one place and 6.24 万元 in another is wrong
// in one of them. Figures the tables determine are left to figure-mismatch (it names the right one).
import { addressToA1 } from '../grid/address';
import { roundTo } from '../money';
import { candidatesFor } from '../narrative/candidates';
import { extractFacts } from '../narrative/facts';
import { keyLabel, type FigureKey } from '../narrative/label-keys';
import type { AmountMention } from '../narrative/parse-figures';
import { isOtherYear } from '../narrative/verdicts';
import { defineRule } from './define-rule';
import { hasParagraphs, narrativeParagraphs, quote, show, type NarrativeParagraph } from './narrative-shared';

/** Keys that name different figures in different sentences (收入合计 / 收入总计, 基本支出 / 一般公共预算基本支出). */
const AMBIGUOUS = new Set<FigureKey>(['total', 'basic', 'generalBudget', 'fiscalGrant']);

/** Equal at the precision both were written with (「3万元」 = 「3.00万元」). */
function sameWritten(a: AmountMention, b: AmountMention): boolean {
  const places = Math.min(a.decimals, b.decimals);
  return roundTo(a.value, places).equals(roundTo(b.value, places));
}

interface Statement {
  p: NarrativeParagraph;
  a: AmountMention;
}

/** Reports each statement of an item whose amount differs from the first statement of that item. */
export const narrativeConflictingAmounts = defineRule({
  id: 'narrative/conflicting-amounts',
  severity: 'error',
  description: '情况说明中同一项目在不同位置写的金额须一致',
  messages: {
    conflict: '{{name}}在情况说明中有两个金额：{{first}} 处写 {{firstAmount}} 万元，此处「{{phrase}}」写 {{amount}} 万元，请核对哪一处有误。',
  },
  check(ctx) {
    if (!hasParagraphs(ctx)) return;
    const facts = extractFacts(ctx.tables);
    const firsts = new Map<FigureKey, Statement>();
    for (const p of narrativeParagraphs(ctx, facts)) {
      for (const a of p.parsed.amounts) {
        const key = a.key;
        if (!key || AMBIGUOUS.has(key) || a.change !== null || a.comparison || isOtherYear(a.label, key, facts.year)) continue;
        if (candidatesFor(key, facts).length > 0) continue;
        const first = firsts.get(key);
        if (!first) {
          firsts.set(key, { p, a });
          continue;
        }
        if (sameWritten(first.a, a)) continue;
        ctx.report({
          messageId: 'conflict',
          at: p.address,
          related: first.p.address === p.address ? undefined : [first.p.address],
          data: {
            name: keyLabel(key),
            first: addressToA1(first.p.address),
            firstAmount: show(first.a.value, first.a.decimals),
            phrase: quote(p.text, a.start, a.end),
            amount: show(a.value, a.decimals),
          },
        });
      }
    }
  },
});
