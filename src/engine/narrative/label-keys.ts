// What a figure in prose stands for, from the words just before it (「基本支出576.27万元」 -> basic).

/** The budget figure a phrase names; `class:<name>` for a 功能分类 类 line (社会保障和就业支出). */
export type FigureKey =
  | 'total'
  | 'generalBudget'
  | 'govFund'
  | 'stateCapital'
  | 'fiscalAccount'
  | 'unitFunds'
  | 'carryover'
  | 'basic'
  | 'personnel'
  | 'public'
  | 'project'
  | 'otherExpenditure'
  | 'threePublic'
  | 'abroad'
  | 'vehicle'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'reception'
  | 'agencyOperating'
  | 'procurement'
  | 'fixedAssets'
  | 'fiscalGrant'
  | `class:${string}`;

/** Phrases that are never a budget figure of this year (plans, unit prices, sub-kinds). */
const NOT_A_FIGURE = /拟购置|购置固定资产|政府采购(货物|工程|服务)|人均|限额|标准|以上项目|单价/;

/** Ordered: the first match wins, so the most specific phrase comes first. */
const KEYWORDS: readonly [RegExp, FigureKey][] = [
  [/公务用车购置及运(维|行)/, 'vehicle'],
  [/公务(用)?车(辆)?购置费?/, 'vehiclePurchase'],
  [/公务(用)?车运(行|维)/, 'vehicleOperation'],
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/三公/, 'threePublic'],
  [/机关运行经?费/, 'agencyOperating'],
  [/政府采购/, 'procurement'],
  [/固定资产/, 'fixedAssets'],
  [/人员经费|人员支出/, 'personnel'],
  [/公用经费|公用支出/, 'public'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/上年结转/, 'carryover'],
  [/财政拨款收(入|支)/, 'fiscalGrant'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金|基金预算/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'fiscalAccount'],
  [/单位资金/, 'unitFunds'],
];

/**
 * 「一般公共预算支出主要用于卫生健康支出」「其中项目支出主要为医疗救助」: the figure is the money's use, named after
 * 「用于」/「主要为」; the subject before it is not what the figure stands for.
 */
const USE_BEFORE = /^.*(?:用于|主要为)/;

const TOTAL = /^(本年度?|当年|本|我)?(部门|单位)?(预算)?(收入|支出|收支)(预算)?(安排)?(总计|合计)?(预算)?(安排)?(为|共计|是)?$/;

/** The label without the year and the subject before it: 「我单位2020年收入总计」 -> 「收入总计」. */
export function coreLabel(label: string): string {
  const compact = label.replace(/\s+/g, '');
  const afterYear = compact.replace(/^.*\d{4}年度?[，,]?/, '');
  return afterYear.replace(/^(其中)?[:：]?/, '');
}

/** True when the phrase introduces last year's figure (「较上年」「比2020年」「与2023年相比」「上年预算」). */
export function isComparison(label: string): boolean {
  const l = label.replace(/\s+/g, '');
  return /较|比上|比\d{4}|与.*相比|同比/.test(l) || /上(一)?年(?!结转|末)/.test(l);
}

/** Classify a label; null when it names nothing the tables state. */
export function classifyLabel(label: string, classNames: readonly string[] = []): FigureKey | null {
  const l = label.replace(/\s+/g, '');
  if (l === '' || NOT_A_FIGURE.test(l) || isComparison(l)) return null;
  const use = l.replace(USE_BEFORE, '');
  for (const [re, key] of KEYWORDS) if (re.test(use)) return key;
  const core = coreLabel(use);
  const cls = classNames.find((n) => n === core);
  if (cls) return `class:${cls}`;
  if (/^其他支出/.test(core)) return 'otherExpenditure';
  return TOTAL.test(core) ? 'total' : null;
}

/** Zh-CN words for a key, used in messages. */
export function keyLabel(key: FigureKey): string {
  if (key.startsWith('class:')) return key.slice(6);
  return KEY_WORDS[key as Exclude<FigureKey, `class:${string}`>];
}

const KEY_WORDS: Record<Exclude<FigureKey, `class:${string}`>, string> = {
  total: '收支总额',
  generalBudget: '一般公共预算',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  fiscalAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  carryover: '上年结转结余',
  basic: '基本支出',
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
  otherExpenditure: '其他支出',
  threePublic: '“三公”经费',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运维费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
  agencyOperating: '机关运行经费',
  procurement: '政府采购预算',
  fixedAssets: '固定资产',
  fiscalGrant: '财政拨款收支',
};
