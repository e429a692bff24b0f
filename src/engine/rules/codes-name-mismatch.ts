// codes/name-mismatch: the 科目名称 printed beside a code must be that code's name for the year.
import { canonicalName } from '../codes/canonical-name';
import type { Classification, CodeBook, CodeEntry } from '../codes/types';
import type { BudgetTable, TableRow } from '../tables/types';
import { codeBookOf, nameCellOf, validCodedRows, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

function sameName(a: string, b: string): boolean {
  return canonicalName(a) === canonicalName(b);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The other code this name belongs to, preferring the nearest one (a sibling: 2101501 for 2101550 行政运行). */
function otherCodeNamed(book: CodeBook, cls: Classification, year: number, code: string, name: string): string | null {
  const others = book.findByName(cls, year, name).filter((e) => e.code !== code);
  if (others.length === 0) return null;
  return others.sort((a, b) => commonPrefix(b.code, code) - commonPrefix(a.code, code))[0].code;
}

function checkRow(ctx: RuleContext, table: BudgetTable, row: TableRow & { code: string }, entry: CodeEntry, cls: Classification, year: number): void {
  const name = row.name;
  // Names go in `data`, not in expected/actual, which the report contract keeps for decimal text.
  const base = { at: nameCellOf(table, row), table: table.kind };
  const names = { expected: entry.name, actual: name };
  if (canonicalName(name) === '') {
    ctx.report({ ...base, messageId: 'emptyName', data: { ...names, code: row.code } });
    return;
  }
  if (sameName(name, entry.name) || (entry.aliases ?? []).some((n) => sameName(n, name))) return;
  if ((entry.formerNames ?? []).some((n) => sameName(n, name))) {
    ctx.report({ ...base, messageId: 'formerName', severity: 'warning', data: { ...names, code: row.code, year } });
    return;
  }
  const other = otherCodeNamed(codeBookOf(ctx), cls, year, row.code, name);
  // A 项目支出表 may print the project's name beside the code: only a name of another code is sure to be wrong.
  if (!other && table.kind === 'project-expenditure') return;
  ctx.report({ ...base, messageId: other ? 'otherCode' : 'mismatch', data: { ...names, code: row.code, other: other ?? '' } });
}

/** Reported at the name cell; the message gives the year's name and the printed one. */
export const codesNameMismatch = defineRule({
  id: 'codes/name-mismatch',
  severity: 'error',
  description: '科目名称须与预算年度科目表中该编码的名称一致（忽略全半角、空格、括号和换行）',
  messages: {
    mismatch: '科目 {{code}} 的名称应为「{{expected}}」，表中为「{{actual}}」',
    otherCode: '科目 {{code}} 的名称应为「{{expected}}」，表中的「{{actual}}」是科目 {{other}} 的名称，请核对编码或名称',
    formerName: '科目 {{code}} 的名称「{{actual}}」是旧名称，{{year}} 年科目表中为「{{expected}}」',
    emptyName: '科目 {{code}} 未填写名称，应为「{{expected}}」',
  },
  check(ctx) {
    const book = codeBookOf(ctx);
    for (const table of ctx.tables) {
      const year = yearOf(table, ctx);
      if (year === null) continue;
      for (const { row, cls } of validCodedRows(table)) {
        if (row.level === 'detail') continue;
        const entry = book.lookup(cls, year, row.code);
        if (entry) checkRow(ctx, table, row, entry, cls, year);
      }
    }
  },
});
