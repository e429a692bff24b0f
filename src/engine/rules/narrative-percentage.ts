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
    wrong: '情况说明中「{{part}}，占{{stated}}%」与计算不符：{{partValue}} ÷ {{whole}} 万元 = {{expected}}%。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      for (const pct of p.parsed.percents) {
        const found = wholeOf(p.parsed, pct);
        // A figure the tables correct is reported once (figure-mismatch); the share is judged on the right figures.
        const whole = found ? p.verdicts.valueOf(found) : null;
        if (!whole || whole.isZero()) continue;
        const part = p.verdicts.valueOf(pct.of);
        const expected = percentOf(part, whole, pct.decimals);
        if (expected === null || expected === pct.value.toFixed(pct.decimals)) continue;
        ctx.report({
          messageId: 'wrong',
          at: p.address,
          expected: `${expected}%`,
          actual: `${pct.value.toFixed(pct.decimals)}%`,
          data: { part: pct.of.text, partValue: `${part.toFixed()} 万元`, stated: pct.value.toFixed(pct.decimals), whole: whole.toFixed(), expected },
        });
      }
    }
  },
});
