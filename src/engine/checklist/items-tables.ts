// Checklist items about the tables themselves: the 9 required tables, 空表说明, data that adds up, 部门/单位.
import { kindName } from '../tables/kind-names';
import type { TableKind } from '../tables/types';
import { glossaryFlags, otherScopeWording, scopeOf } from '../narrative/scope';
import { hasNarrative, matching, ref, refsOf, tableRefs, type ChecklistContext } from './context';
import type { ChecklistItem } from './types';

/** The 9 tables every 部门预算 must publish (《地方预决算公开操作规程》). */
export const REQUIRED_KINDS: readonly TableKind[] = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-grant-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'gov-fund-expenditure',
  'state-capital-expenditure',
  'three-public-expenses',
];

/** 「9张公开表格是否齐全」 */
export function requiredTables(ctx: ChecklistContext): ChecklistItem {
  const missing = REQUIRED_KINDS.filter((k) => !ctx.tables.some((t) => t.kind === k));
  const evidence = REQUIRED_KINDS.flatMap((k) => tableRefs(ctx, k).slice(0, 1));
  return {
    item: '9张部门预算公开表格是否齐全',
    ok: missing.length === 0,
    evidence,
    note: missing.length === 0 ? '9张表格均已找到。' : `缺少：${missing.map(kindName).join('、')}。`,
  };
}

/** Words of the 说明 that explain an empty table of a kind (「没有使用政府性基金预算拨款安排的支出」). */
const EMPTY_WORDS: Partial<Record<TableKind, RegExp>> = {
  'gov-fund-expenditure': /政府性基金/,
  'state-capital-expenditure': /国有资本经营/,
  'three-public-expenses': /三公/,
  procurement: /政府采购/,
};
const NOTHING = /没有|无|空表|未安排|不涉及/;

/** 「空表是否说明」: each empty table has a note under it or a sentence in the 说明. */
export function emptyTablesExplained(ctx: ChecklistContext): ChecklistItem {
  const empty = ctx.tables.filter((t) => t.isEmpty && t.kind !== 'performance-targets');
  const item = '空表是否作出说明';
  if (empty.length === 0) return { item, ok: null, evidence: [], note: '没有空表。' };
  const unexplained: string[] = [];
  const evidence = empty.map((t) => ref(t.titleAddress));
  for (const t of empty) {
    if (t.notes.some((n) => NOTHING.test(n))) continue;
    const words = EMPTY_WORDS[t.kind];
    const said = words ? matching(ctx, words).filter((p) => NOTHING.test(p.text)) : [];
    if (said.length > 0) {
      evidence.push(...refsOf(said.slice(0, 1)));
      continue;
    }
    unexplained.push(kindName(t.kind));
  }
  return {
    item,
    ok: unexplained.length === 0,
    evidence,
    note: unexplained.length === 0 ? `${empty.length}张空表均已说明（表下注明或情况说明中写明）。` : `未说明的空表：${unexplained.join('、')}。`,
  };
}

/** 「表格数据是否准确」: no error among the table findings (sums, codes, cross-table equalities). */
export function tablesConsistent(ctx: ChecklistContext): ChecklistItem {
  const errors = ctx.findings.filter((f) => f.severity === 'error' && !f.rule.startsWith('narrative/'));
  return {
    item: '表格数据是否准确（表内合计、科目编码、表间勾稽）',
    ok: ctx.tables.length === 0 ? null : errors.length === 0,
    evidence: errors.slice(0, 10).map((f) => ({ sheet: f.sheet, cell: f.cell })),
    note: ctx.tables.length === 0 ? '没有识别到公开表格。' : errors.length === 0 ? '校验未发现表格错误。' : `校验发现表格错误 ${errors.length} 处。`,
  };
}

/** 「部门/单位称谓是否一致」: the tables' titles agree, and the 说明 speaks as they do. */
export function scopeConsistent(ctx: ChecklistContext): ChecklistItem {
  const item = '“部门”“单位”称谓是否一致';
  const unitTitles = ctx.tables.filter((t) => /单位(预算|收支|收入|支出|固定|政府)/.test(t.title));
  const deptTitles = ctx.tables.filter((t) => !unitTitles.includes(t) && /部门/.test(t.title));
  const scope = scopeOf(ctx.tables);
  if (scope === null) return { item, ok: null, evidence: [], note: '表格标题未体现“部门”或“单位”。' };
  const minority = scope === '单位' ? deptTitles : unitTitles;
  const wrong = new RegExp(otherScopeWording(scope).source);
  const flags = ctx.narratives.flatMap((b) => glossaryFlags(b.paragraphs.map((p) => p.text)));
  const titles = ctx.narratives.filter((b) => wrong.test(b.title)).map((b) => ref(b.titleAddress));
  const paragraphs = ctx.paragraphs.filter((p, i) => !flags[i] && wrong.test(p.text));
  const evidence = [...minority.map((t) => ref(t.titleAddress)), ...titles, ...refsOf(paragraphs)];
  const ok = evidence.length === 0;
  const where = hasNarrative(ctx) ? '表格标题和情况说明' : '表格标题';
  return {
    item,
    ok,
    evidence,
    note: ok ? `${where}均使用“${scope}”。` : `表格为${scope}预算，但有 ${evidence.length} 处使用了“${scope === '单位' ? '部门' : '单位'}”的称谓。`,
  };
}
