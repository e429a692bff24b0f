// A 情况说明 compares this year's budget with last year's: 「较2019年」 in a 2021 说明, a 2020 figure stated as
// this year's, or a title with another year are what a copied template leaves behind.
import type { CellAddress } from '../grid/types';
import { defineRule, type RuleContext } from './define-rule';
import { narrativeParagraphs, quote } from './narrative-shared';

const COMPARISON = /(较|比|与|同)\s*(\d{4})\s*年/g;
/** A year that dates a stock or a deadline, not the budget: 截至2020年底, 2019年12月31日, 上年末. */
const NOT_BUDGET_YEAR = /(截至|截止|至)\s*$|^\s*(年底|年末|年\s*\d+\s*月|年第)/;

/** The budget year: the tables' year, else the one in the narrative's title. */
function documentYear(ctx: RuleContext): number | null {
  if (ctx.year !== null) return ctx.year;
  for (const b of ctx.narratives) {
    const m = /(\d{4})\s*年/.exec(b.title);
    if (m) return Number(m[1]);
  }
  return null;
}

function yearsIn(label: string): { year: number; start: number; end: number }[] {
  return [...label.matchAll(/(\d{4})\s*年/g)].map((m) => ({ year: Number(m[1]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function checkTitles(ctx: RuleContext, year: number): void {
  if (ctx.year === null) return;
  for (const b of ctx.narratives) {
    const stated = yearsIn(b.title)[0]?.year;
    if (stated !== undefined && stated !== year) {
      report(ctx, 'title', b.titleAddress, `${year}年`, `${stated}年`, { stated, year, phrase: b.title });
    }
  }
}

/** Years go in `data`, not in expected/actual, which the report contract keeps for decimal text. */
function report(ctx: RuleContext, messageId: string, at: CellAddress, expected: string, actual: string, data: Record<string, string | number>): void {
  ctx.report({ messageId, at, data: { ...data, expected, actual } });
}

/** Checks that comparisons are with the previous year and that this year's figures carry this year. */
export const narrativeComparisonYear = defineRule({
  id: 'narrative/comparison-year',
  severity: 'error',
  description: '情况说明应与上一年度比较，本年数字和标题的年份须与预算年度一致',
  messages: {
    comparison: '「{{phrase}}」与 {{stated}} 年比较：{{year}} 年预算应与上年（{{prior}} 年）比较。',
    level: '「{{phrase}}」写的是 {{stated}} 年，本说明是 {{year}} 年预算，请核对年份（可能是沿用了往年的文字）。',
    title: '情况说明标题「{{phrase}}」的年份为 {{stated}} 年，与表格的预算年度 {{year}} 年不符。',
  },
  check(ctx) {
    const year = documentYear(ctx);
    if (year === null) return;
    checkTitles(ctx, year);
    for (const p of narrativeParagraphs(ctx)) {
      const text = p.parsed.text;
      for (const m of text.matchAll(COMPARISON)) {
        const stated = Number(m[2]);
        if (stated === year - 1) continue;
        const at = m.index ?? 0;
        report(ctx, 'comparison', p.address, `${year - 1}年`, `${stated}年`, {
          phrase: quote(p.text, at, at + m[0].length + 8), stated, year, prior: year - 1,
        });
      }
      for (const a of p.parsed.amounts) {
        if (!a.key || a.key === 'fixedAssets' || a.change !== null || a.comparison) continue;
        const wrong = yearsIn(a.label).find((y) => y.year !== year && !NOT_BUDGET_YEAR.test(a.label.slice(0, y.start)) && !NOT_BUDGET_YEAR.test(a.label.slice(y.end - 1)));
        if (!wrong || yearsIn(a.label).some((y) => y.year === year)) continue;
        report(ctx, 'level', p.address, `${year}年`, `${wrong.year}年`, { phrase: quote(p.text, a.start, a.end), stated: wrong.year, year });
      }
    }
  },
});
