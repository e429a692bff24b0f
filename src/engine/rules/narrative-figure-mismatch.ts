// A figure stated in the 情况说明 must agree with the tables (元/万元 converted, any written precision).
import { extractFacts } from '../narrative/facts';
import { candidatesFor } from '../narrative/candidates';
import { keyLabel } from '../narrative/label-keys';
import { originOf } from '../narrative/table-lookup';
import { defineRule } from './define-rule';
import { hasParagraphs, narrativeParagraphs, quote, sameAsWritten, show } from './narrative-shared';

/** 「2020年预算收入…」 in a 2021 说明 speaks of another year (固定资产 are stated at the previous year-end). */
function isOtherYear(label: string, key: string, year: number | null): boolean {
  if (year === null || key === 'fixedAssets') return false;
  const years = [...label.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  return years.length > 0 && !years.includes(year);
}

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
    const facts = extractFacts(ctx.tables);
    for (const p of narrativeParagraphs(ctx, facts)) {
      for (const a of p.parsed.amounts) {
        if (!a.key || a.change !== null || a.comparison || isOtherYear(a.label, a.key, facts.year)) continue;
        const candidates = candidatesFor(a.key, facts);
        if (candidates.length === 0 || candidates.some((c) => sameAsWritten(c, a.value, a.decimals))) continue;
        const origin = originOf(candidates[0]);
        ctx.report({
          messageId: 'mismatch',
          at: p.address,
          related: origin ? [origin] : undefined,
          expected: show(candidates[0], a.decimals),
          actual: show(a.value, a.decimals),
          data: { phrase: quote(p.text, a.start, a.end), name: keyLabel(a.key) },
        });
      }
    }
  },
});
