// Header text -> canonical column key (see README.md glossary). Pure string matching on normalized labels.
import { memoByText } from '../text-memo';

/** Keys that describe a row rather than an amount. */
export const DESCRIPTIVE_KEYS = new Set([
  'seq', 'projectName', 'code', 'codeClass', 'codeSection', 'codeItem', 'name', 'govEconName', 'source',
  'measure', 'itemName', 'catalog', 'ignore', 'unitCode', 'unitName',
]);

/** Keys of columns computed from others (增减额 / 增减率): kept out of the amount columns, never summed. */
export const DERIVED_KEYS = new Set(['change', 'changeRate']);

/** Characters cleanLabel removes or replaces. */
const NEEDS_CLEANING = /[\s（）“”"]/;

/** Normalize a header label: no spaces, ASCII brackets, no "（万元）" suffix noise. */
export function cleanLabel(text: string): string {
  // Most labels and every code hold none of these characters: skip the four replacements (100k-row tables).
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[“”"]/g, '');
}

type Matcher = (leaf: string, group: string) => string | null;

const LEAF_RULES: readonly [RegExp, string | Matcher][] = [
  [/^序号$/, 'seq'],
  [/^单位(编码|代码)$/, 'unitCode'],
  [/^单位名称$|^预算单位(名称)?$/, 'unitName'],
  [/^栏次$|^\*\*$/, 'ignore'],
  [/科目编码|^编码$|^代码$/, 'code'],
  [/^类$/, 'codeClass'],
  [/^款$/, 'codeSection'],
  [/^项$/, 'codeItem'],
  [/科目名称|^名称$/, 'name'],
  [/^部门预算经济分类/, 'name'],
  [/^政府预算经济分类/, 'govEconName'],
  [/^按资金来源$|^资金来源$/, 'source'],
  [/^项目(名称)?$/, (_l, g) => (/政府采购项目来源/.test(g) ? 'projectName' : 'name')],
  [/^采购(物品|品目)名称$|^品目名称$/, 'itemName'],
  [/^(增减率|增减幅度|增减比例|增长率|增减%|增减\(%\)|增幅)$/, 'changeRate'],
  [/^(增减额|增减|增减金额|增减数|增减变动|比上年增减(额)?)$/, 'change'],
  [/^上年(度)?(预算)?(安排)?(数|金额)?$|^上年(执行|决算)数$/, 'prior'],
  [/^(本年|本年度|当年)(预算)?(安排)?(数|金额)?$/, 'current'],
  [/^(19|20)\d{2}年(度)?(预算)?(安排)?(数|金额)?$|^(19|20)\d{2}年(执行|决算)数$/, yearColumn],
  [/采购目录|目录序号|目录编码/, 'catalog'],
  [/计量单位|数量单位/, 'measure'],
  [/^数量$/, 'quantity'],
  [/单价/, 'unitPrice'],
  [/^价值|金额单位/, 'value'],
  [/预留.*中小/, 'smeShare'],
  [/^预算资金$/, 'budget'],
  [/^总计$/, 'grandTotal'],
  [/^合计$/, 'total'],
  [/^小计$/, smallTotal],
  [/人员经费|人员支出/, 'personnel'],
  [/公用经费|公用支出/, 'public'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^部门支出$/, 'deptProject'],
  [/^专项支出$/, 'specialProject'],
  [/经营支出/, 'operating'],
  [/上解上级/, 'remitUpper'],
  [/对附属单位补助/, 'subsidiary'],
  [/^其中[:：]?财政拨款$/, 'generalBudgetGrant'],
  [/^财政拨款(收入)?$/, 'fiscalGrant'],
  [/财政专户/, 'fiscalAccount'],
  [/^事业收入$/, 'business'],
  [/经营收入/, 'operatingIncome'],
  [/上级补助收入/, 'upperSubsidy'],
  [/附属单位上缴收入/, 'subsidiaryRemit'],
  [/^其他收入$/, 'otherIncome'],
  [/^单位资金$/, 'unitFunds'],
  [/^其他资金$/, 'otherFunds'],
  [/当年基金收入/, 'fundCurrent'],
  [/上级基金专项转移支付/, 'fundTransfer'],
  [/^一般公共预算结转结余$/, 'carryoverGeneral'],
  [/^政府性基金预算结转结余$/, 'carryoverFund'],
  [/上年结转/, 'carryover'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金|^基金预算/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/预算数$|^金额$|^预算金额$/, 'amount'],
];

/** 「2020年预算数」: a year column, prior or current once the book's year is known (comparison.ts). */
function yearColumn(leaf: string): string {
  return `year:${leaf.slice(0, 4)}`;
}

function smallTotal(_leaf: string, group: string): string {
  if (/本年收入/.test(group)) return 'currentIncome';
  if (/基本支出/.test(group)) return 'basic';
  if (/项目支出/.test(group)) return 'project';
  if (/一般公共预算/.test(group)) return 'generalBudget';
  return 'subtotal';
}

/**
 * Keys already worked out, by path: header rows repeat the same labels in every table of every unit, and every
 * row below a title is asked whether its texts are header labels. Bounded, short paths only.
 */
const KEYS = new Map<string, string | null>();
const MAX_CACHED_KEYS = 20_000;
const MAX_CACHED_PATH = 200;

/** Column key for a header path (group labels first, leaf last); null when unknown. */
export function columnKey(path: readonly string[]): string | null {
  const id = path.length === 1 ? path[0] : path.join('\u0001');
  const cached = KEYS.get(id);
  if (cached !== undefined) return cached;
  const key = keyOfPath(path);
  if (id.length <= MAX_CACHED_PATH && KEYS.size < MAX_CACHED_KEYS) KEYS.set(id, key);
  return key;
}

function keyOfPath(path: readonly string[]): string | null {
  const parts = path.map(cleanLabel).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const leaf = parts[parts.length - 1];
  const group = parts.slice(0, -1).join('/');
  for (const [re, target] of LEAF_RULES) {
    if (!re.test(leaf)) continue;
    return typeof target === 'string' ? target : target(leaf, group);
  }
  return null;
}

/** True when a text is typical of a header row (used to find where a header starts). */
export function isHeaderWord(text: string): boolean {
  return headerWordMemo(text);
}

const headerWordMemo = memoByText(headerWordIn);

function headerWordIn(text: string): boolean {
  const t = cleanLabel(text);
  return /^(序号|项目|收入|支出|科目编码|科目名称|功能分类科目|合计|总计|金额|预算数|栏次|类|款|项|部门预算经济分类|政府预算经济分类|支出部门经济分类科目|资金性质|政府采购项目来源|数量|价值.*|科目编码.*|按资金来源|收入支出)$/.test(t) ||
    /^(功能分类|经济分类|支出功能分类)科目/.test(t);
}
