// Paragraph pieces both templates write the same way (income lists, 三公 parts, 机关运行经费, 采购, 资产).
import { changeText, listNames, share, wan, type Block, type TemplateInput } from './builder';
import { fixedAssetTable, procurementTable } from './draft-tables';
import type { BudgetFacts, ThreePublicFacts } from './facts';

/** 「一般公共预算拨款收入3232.07万元，政府性基金预算拨款收入0.00万元，…，上年结转结余2.96万元」 */
export function incomeList(facts: BudgetFacts, sep: string): string {
  const shown = facts.incomeSources.filter((s, i) => !s.amount.isZero() || (s.key !== null && i < 5));
  const parts = shown.map((s) => `${s.name}${wan(s.amount)}万元`);
  if (facts.carryover && !facts.carryover.isZero()) parts.push(`上年结转结余${wan(facts.carryover)}万元`);
  return parts.join(sep);
}

/** Projects named in 「主要为…」: the largest ones, as the seeds do (「…4124万元、…255万元、…71万元等」). */
const MAX_PROJECTS = 6;

/** What 项目支出 is mainly for, by project (项目支出表 or 绩效目标表); '' when no table names the projects. */
export function projectList(facts: BudgetFacts): string {
  const sorted = [...facts.projects].sort((a, b) => b.amount.comparedTo(a.amount));
  const shown = sorted.slice(0, MAX_PROJECTS).map((p) => `${p.name}${wan(p.amount)}万元`).join('、');
  return sorted.length > MAX_PROJECTS ? `${shown}等` : shown;
}

/** 「因公出国（境）费0.00万元；公务用车购置及运维费3.00万元（其中：…）；公务接待费0.00万元」 */
export function threePublicParts(tp: ThreePublicFacts, vehicleWord: '运维' | '运行'): string {
  return (
    `因公出国（境）费${wan(tp.abroad)}万元；公务用车购置及${vehicleWord}费${wan(tp.vehicle)}万元` +
    `（其中：公务用车购置费${wan(tp.vehiclePurchase)}万元，公务用车运行维护费${wan(tp.vehicleOperation)}万元）；` +
    `公务接待费${wan(tp.reception)}万元`
  );
}

const THREE_PUBLIC_ITEMS = [
  ['abroad', '因公出国（境）费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
] as const;

/**
 * Seed 001's per-item lines, for the items whose prior-year figure the clerk gave:
 * 「1.因公出国（境）费2024年预算数0.00万元，与2023年预算0.00万元持平。」, with a reason to fill when it changed.
 */
export function threePublicItemLines({ facts, prior, words, b }: TemplateInput): string[] {
  const tp = facts.threePublic;
  if (!tp) return [];
  const out: string[] = [];
  for (const [key, name] of THREE_PUBLIC_ITEMS) {
    const p = prior[key];
    if (!p) continue;
    const c = changeText(tp[key], p, `${words.py}预算`);
    const reason = c.changed ? `，主要原因是${b.fill(`reason.${key}`, `${name}增减原因`)}` : '';
    out.push(`${out.length + 1}.${name}${words.y}预算数${wan(tp[key])}万元，${c.text}${reason}。`);
  }
  return out;
}

/** 机关运行经费: amount and uses from a 机关运行经费 table only; otherwise the clerk fills them in (no guess). */
export function agencyParagraph({ facts, prior, words, b }: TemplateInput, lead: string): string {
  const names = facts.agencyItems;
  const uses = names.length > 0 ? listNames(names) : b.fill('agency.use', '机关运行经费主要用途');
  if (facts.agencyOperating === null) {
    return `${lead}${b.fillAmount('agency', '机关运行经费金额（未识别到机关运行经费表）')}万元，主要用于${uses}等支出。`;
  }
  const head = `${lead}${wan(facts.agencyOperating)}万元，主要用于${uses}等支出。`;
  if (!prior.agencyOperating) return head;
  const c = changeText(facts.agencyOperating, prior.agencyOperating, `${words.py}预算`);
  const reason = c.changed ? `，主要原因是${b.fill('reason.agency', '机关运行经费增减原因')}` : '';
  return `${head}机关运行经费${wan(facts.agencyOperating)}万元，${c.text}${reason}。`;
}

/** 「其中：政府采购货物预算…、工程…、服务…；预留中小企业份额…，占…」 when the table's catalog codes allow. */
function procurementDetail(facts: BudgetFacts, goods: string): string {
  const p = facts.procurementDetail;
  if (!p || p.total.isZero()) return '';
  const split = p.split
    ? `，其中：${goods}货物预算${wan(p.split.goods)}万元、${goods}工程预算${wan(p.split.works)}万元、${goods}服务预算${wan(p.split.services)}万元`
    : '';
  const pct = p.smeShare ? share(p.smeShare, p.total) : null;
  const sme = p.smeShare ? `；预留中小企业采购份额${wan(p.smeShare)}万元${pct ? `，占政府采购预算的${pct}` : ''}` : '';
  return split + sme;
}

/** 政府采购预算: the sentence (total, 货物/工程/服务, 中小企业) and, with `table`, the items under it. */
export function procurementBlocks(input: TemplateInput, lead: string, opts: { table: boolean; goods: string }): Block[] {
  const { facts, words, b } = input;
  if (facts.procurement === null) {
    return [`${lead}${b.fillAmount('procurement', '政府采购预算金额（未识别到政府采购预算表）')}万元。`];
  }
  const sentence = `${lead}${wan(facts.procurement)}万元${procurementDetail(facts, opts.goods)}。`;
  const p = facts.procurementDetail;
  return opts.table && p ? [sentence, procurementTable(p, words.w)] : [sentence];
}

/** 拟购置固定资产: the equipment and furniture among the 政府采购 items; a placeholder when codes are missing. */
function assetsToBuy({ facts, b }: TemplateInput): string {
  const amount = facts.procurementDetail?.assetsToBuy;
  if (amount === null || amount === undefined) {
    return `本年度拟购置固定资产总额为${b.fillAmount('assetsToBuy', '本年度拟购置固定资产总额')}万元`;
  }
  if (amount.isZero()) return '本年度无拟购置固定资产';
  return `本年度拟购置固定资产总额为${wan(amount)}万元，已按要求列入政府采购预算，详见政府采购预算表`;
}

/** 固定资产: the 资产总额 of the 固定资产占用情况表, 拟购置, and the table itself. */
export function fixedAssetsBlocks(input: TemplateInput, lead: string): Block[] {
  const { facts, words, b } = input;
  if (facts.fixedAssets === null) {
    return [`${lead}${b.fillAmount('fixedAssets', '上年末固定资产金额（未识别到固定资产占用情况表）')}万元。${assetsToBuy(input)}。`];
  }
  const sentence = `${lead}${wan(facts.fixedAssets)}万元（详见下表）。${assetsToBuy(input)}。`;
  return facts.fixedAssetDetail ? [sentence, fixedAssetTable(facts.fixedAssetDetail, words.w)] : [sentence];
}
