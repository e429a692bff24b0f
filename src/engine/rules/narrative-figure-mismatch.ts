// A figure stated in the 情况说明 must agree with the tables (元/万元 converted, any written precision).
import { keyLabel } from '../narrative/label-keys';
import { defineRule } from './define-rule';
import { hasParagraphs, narrativeParagraphs, quote, show } from './narrative-shared';

/** Compares every recognizable figure of the narrative with the figure the tables determine. */
export const narrativeFigureMismatch = defineRule({
  id: 'narrative/figure-mismatch',
  severity: 'error',
  description: '情况说明中的收支总额、基本支出、项目支出、“三公”经费、政府采购、固定资产等数字须与表格一致',
  messages: {
    mismatch: '情况说明中「{{phrase}}」与表格不一致：表格中{{name}}为 {{expected}} 万元。',
  },
  check(ctx) {
    if (!hasParagraphs(ctx)) return;
    for (const p of narrativeParagraphs(ctx)) {
      for (const a of p.parsed.amounts) {
        const v = p.verdicts.of(a);
        if (v.status !== 'wrong') continue;
        ctx.report({
          messageId: 'mismatch',
          at: p.address,
          related: v.origin ? [v.origin] : undefined,
          expected: show(v.expected, a.decimals),
          actual: show(a.value, a.decimals),
          data: { phrase: quote(p.text, a.start, a.end), name: keyLabel(v.key) },
        });
      }
    }
  },
});
