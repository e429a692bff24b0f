// 「医疗卫生与计划生育支出」 in a 2021 说明: a 类 name the year's 科目表 no longer has (renamed in 2019 to
// 卫生健康支出). The names come from the code book (built-in dictionaries or the imported 科目表).
import { defaultCodeBook } from '../codes/code-book';
import type { CodeBook } from '../codes/types';
import { defineRule, type RuleContext } from './define-rule';
import { narrativeParagraphs, quote } from './narrative-shared';

/** 类 codes of the 支出功能分类 (201 一般公共服务支出 … 239): three digits starting with 2. */
const CLASS_CODES: readonly string[] = Array.from({ length: 39 }, (_, i) => String(201 + i));

interface Rename {
  former: string;
  current: string;
  code: string;
}

/** Former 类 names of the year that are not part of a current name (「资源勘探信息等支出」 vs 「资源勘探工业信息等支出」). */
function renamesOf(book: CodeBook, year: number): Rename[] {
  const out: Rename[] = [];
  const current: string[] = [];
  for (const code of CLASS_CODES) {
    const e = book.lookup('functional', year, code);
    if (!e) continue;
    current.push(e.name);
    for (const former of e.formerNames ?? []) out.push({ former, current: e.name, code });
  }
  return out.filter((r) => !current.some((name) => name.includes(r.former)));
}

function yearOf(ctx: RuleContext): number | null {
  if (ctx.year !== null) return ctx.year;
  const m = ctx.narratives.map((b) => /(\d{4})\s*年/.exec(b.title)).find((x) => x !== null);
  return m ? Number(m[1]) : null;
}

/** Flags every former 类 name written in the narrative, with the year's name. */
export const narrativeOutdatedClassName = defineRule({
  id: 'narrative/outdated-class-name',
  severity: 'warning',
  description: '情况说明中的支出功能分类类级名称须为预算年度科目表中的名称',
  messages: {
    former: '「{{phrase}}」中的「{{actual}}」是旧的类级科目名称，{{year}} 年科目表中 {{code}} 类为「{{expected}}」。',
  },
  check(ctx) {
    const year = yearOf(ctx);
    if (year === null) return;
    const renames = renamesOf(ctx.options.codeBook ?? defaultCodeBook(), year);
    if (renames.length === 0) return;
    for (const p of narrativeParagraphs(ctx)) {
      for (const r of renames) {
        const at = p.text.indexOf(r.former);
        if (at < 0) continue;
        // Names go in `data`, not in expected/actual, which the report contract keeps for decimal text.
        ctx.report({
          messageId: 'former',
          at: p.address,
          data: { phrase: quote(p.text, at, at + r.former.length), actual: r.former, expected: r.current, year, code: r.code },
        });
      }
    }
  },
});
