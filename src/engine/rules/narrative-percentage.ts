// 「基本支出57.47万元，占40.62%」: a share must be the part over the whole it is stated against.
import { percentOf } from '../money';
import type { AmountMention, ParsedText, PercentMention } from '../narrative/parse-figures';
import { defineRule } from './define-rule';
import { narrativeParagraphs } from './narrative-shared';

/** The whole a share refers to: the paragraph's first level figure before the part that is at least as large. */
function wholeOf(parsed: ParsedText, pct: PercentMention): AmountMention | undefined {
  return parsed.amounts.find(
    (a) => a.change === null && !a.comparison && a.end <= pct.of.start && a !== pct.of && a.value.gte(pct.of.value),
  );
}

/** Checks every 「占…%」 against the figures it is computed from. */
export const narrativePercentage = defineRule({
  id: 'narrative/percentage',
  severity: 'error',
  description: '情况说明中「占…%」的比例须等于该项金额除以总额',
  messages: {
    wrong: '情况说明中「{{part}}，占{{stated}}%」与计算不符：{{part}} ÷ {{whole}} 万元 = {{expected}}%。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      for (const pct of p.parsed.percents) {
        const whole = wholeOf(p.parsed, pct);
        if (!whole || whole.value.isZero()) continue;
        const expected = percentOf(pct.of.value, whole.value, pct.decimals);
        if (expected === null || expected === pct.value.toFixed(pct.decimals)) continue;
        ctx.report({
          messageId: 'wrong',
          at: p.address,
          expected: `${expected}%`,
          actual: `${pct.value.toFixed(pct.decimals)}%`,
          data: { part: pct.of.text, stated: pct.value.toFixed(pct.decimals), whole: whole.value.toFixed(), expected },
        });
      }
    }
  },
});
