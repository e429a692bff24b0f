// Which standard table a title names, whatever its wording (部门/单位, Hebei or Henan).
import { memoByText } from '../text-memo';
import type { TableKind } from './types';

/** Ordered: the first pattern that matches wins, so more specific titles come first. */
const TITLE_PATTERNS: readonly [RegExp, TableKind][] = [
  [/三公.{0,4}经费/, 'three-public-expenses'],
  [/政府(部门)?采购.{0,4}预算/, 'procurement'],
  [/固定资产占用/, 'fixed-assets'],
  [/绩效目标(申报)?表/, 'performance-targets'],
  [/机关运行经费(支出|预算)?(情况)?表?$/, 'agency-operating-costs'],
  [/支出经济分类.*表/, 'economic-classification-summary'],
  [/国有资本经营.*(支出|收支).*表/, 'state-capital-expenditure'],
  [/政府性?基金.*支出.*表/, 'gov-fund-expenditure'],
  [/一般公共预算.*基本支出.*表/, 'general-budget-basic-expenditure'],
  [/一般公共预算.*支出.*表/, 'general-budget-expenditure'],
  [/财政拨款收支.*表/, 'fiscal-grant-summary'],
  [/(收支总|收支总体|收支预算总|财务收支预算总).*表/, 'income-expenditure-summary'],
  [/收入(总|总体情况|预算总)表/, 'income-summary'],
  [/支出(总|总体情况|预算总)表/, 'expenditure-summary'],
  [/项目支出(预算)?(情况)?表/, 'project-expenditure'],
];

const MAX_TITLE_LENGTH = 64;

/** Remove ordinal and year prefixes: 「一、」「1、」「2020年」. */
export function stripTitlePrefix(text: string): string {
  return text
    .replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]\s*/, '')
    .replace(/\s+/g, '');
}

/** The last characters a title can end in (…表, 机关运行经费, 采购预算). */
const TITLE_LAST_CHAR = /[表费算]/;

/** A qualifier in brackets after the title: 「（分单位）」「(按单位)」「（续）」. */
const QUALIFIER = /[（(][^（()）]{1,10}[)）]$/;

/** The table kind a title names, or null. Narrative headings and prose are rejected. */
export function classifyTitle(text: string): TableKind | null {
  return titleMemo(text);
}

const titleMemo = memoByText(kindOfTitle);

function kindOfTitle(text: string): TableKind | null {
  // A title ends in 表, 经费 or 预算 once its prefix, spaces and qualifier are gone, so its text holds one of these
  // characters: every other row (names in the narrow tables' data rows) is passed without the replacements below.
  if (!TITLE_LAST_CHAR.test(text)) return null;
  const t = stripTitlePrefix(text).replace(QUALIFIER, '');
  if (t.length < 4 || t.length > MAX_TITLE_LENGTH) return null;
  if (/情况说明|公开说明|[，。；：:]/.test(t)) return null;
  if (!/(表|机关运行经费|采购预算)$/.test(t)) return null;
  for (const [re, kind] of TITLE_PATTERNS) if (re.test(t)) return kind;
  return null;
}

/** True when a title says the table is broken down by 单位: 「支出总表（分单位）」「收入总表（按单位）」「分单位支出表」. */
export function isPerUnitTitle(text: string): boolean {
  return /[分按]单位|单位明细/.test(text.replace(/\s+/g, ''));
}

/** True for the title of a narrative block (信息公开情况说明 / 预算信息公开说明). */
export function isNarrativeTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length <= 80 && /(情况说明|公开说明)$/.test(t);
}
