// Whether a workbook is a 部门预算 or a 单位预算, from its tables' titles, and which narrative paragraphs are
// definitions (名词解释 quote the official wording, 「预算部门（单位）」, whatever the scope).
import type { BudgetTable } from '../tables/types';

/** 部门 or 单位 when the titles say so clearly (more titles one way than the other); null otherwise. */
export function scopeOf(tables: readonly BudgetTable[]): '部门' | '单位' | null {
  let unit = 0;
  let dept = 0;
  for (const t of tables) {
    if (/单位(预算|收支|收入|支出|固定|政府)/.test(t.title)) unit++;
    else if (/部门/.test(t.title)) dept++;
  }
  if (unit > dept) return '单位';
  if (dept > unit) return '部门';
  return null;
}

/** A heading line of a 说明: 「一、…」「第三部分 …」 (short, no sentence end). */
export function isTopHeading(text: string): boolean {
  return text.length <= 40 && !/[。；]/.test(text) && /^\s*([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+部分)/.test(text);
}

/** For each paragraph, true when it sits under a 名词解释 heading (until the next top-level heading). */
export function glossaryFlags(texts: readonly string[]): boolean[] {
  let inGlossary = false;
  return texts.map((t) => {
    if (isTopHeading(t)) inGlossary = /名词解释/.test(t);
    return inGlossary && !isTopHeading(t);
  });
}

/**
 * The text speaking of itself in the other scope's words: in a 单位 document 本部门/我部门/部门预算/部门职责… (not
 * 「部门（单位）」, 「预算部门」, 「主管部门」, 「各部门」, 财政部门…); in a 部门 document 「单位预算」 (「我单位」 is
 * common in 部门 documents and is not flagged).
 */
export function otherScopeWording(scope: '部门' | '单位'): RegExp {
  return scope === '单位' ? /(本|我)部门|(?<![预主各])部门(预算|职责|整体|收支|机构设置)(?![（(]单位)/g : /单位预算/g;
}
