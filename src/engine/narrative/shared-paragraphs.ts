// Paragraph pieces both templates write the same way (income lists, 三公 parts, 机关运行经费, 采购, 资产).
import { changeText, listNames, wan, type TemplateInput } from './builder';
import type { BudgetFacts, ThreePublicFacts } from './facts';

/** 「一般公共预算拨款收入3232.07万元，政府性基金预算拨款收入0.00万元，…，上年结转结余2.96万元」 */
export function incomeList(facts: BudgetFacts, sep: string): string {
  const shown = facts.incomeSources.filter((s, i) => !s.amount.isZero() || (s.key !== null && i < 5));
  const parts = shown.map((s) => `${s.name}${wan(s.amount)}万元`);
  if (facts.carryover && !facts.carryover.isZero()) parts.push(`上年结转结余${wan(facts.carryover)}万元`);
  return parts.join(sep);
}

/** What 项目支出 is mainly for: performance projects with budgets, else the largest 项目支出 lines. */
export function projectList(facts: BudgetFacts): string {
  const fromForms = facts.performanceProjects.flatMap((p) =>
    p.budget && !p.budget.isZero() ? [`${p.name}${wan(p.budget)}万元`] : [],
  );
  const items = fromForms.length > 0
    ? fromForms
    : facts.projectItems.map((p) => `${p.name}${wan(p.amount)}万元`);
  return items.join('、');
}

/** 「因公出国（境）费0.00万元；公务用车购置及运维费3.00万元（其中：…）；公务接待费0.00万元」 */
export function threePublicParts(tp: ThreePublicFacts, vehicleWord: '运维' | '运行'): string {
  return (
    `因公出国（境）费${wan(tp.abroad)}万元；公务用车购置及${vehicleWord}费${wan(tp.vehicle)}万元` +
    `（其中：公务用车购置费${wan(tp.vehiclePurchase)}万元，公务用车运行维护费${wan(tp.vehicleOperation)}万元）；` +
    `公务接待费${wan(tp.reception)}万元`
  );
}

/** 机关运行经费: from a 机关运行经费 table only; otherwise the clerk fills it (hint: 公用经费). */
export function agencyParagraph({ facts, prior, words, b }: TemplateInput, lead: string): string {
  const names = facts.agencyItems.length > 0 ? facts.agencyItems : facts.publicItems;
  const uses = names.length > 0 ? listNames(names) : b.fill('agency.use', '机关运行经费主要用途');
  if (facts.agencyOperating === null) {
    const hint = facts.public ? `（行政单位一般等于基本支出表公用经费${wan(facts.public)}万元）` : '';
    return `${lead}${b.fillAmount('agency', `机关运行经费金额${hint}`)}万元，主要用于${uses}等支出。`;
  }
  const head = `${lead}${wan(facts.agencyOperating)}万元，主要用于${uses}等支出。`;
  if (!prior.agencyOperating) return head;
  const c = changeText(facts.agencyOperating, prior.agencyOperating, `${words.py}预算`);
  const reason = c.changed ? `，主要原因是${b.fill('reason.agency', '机关运行经费增减原因')}` : '';
  return `${head}机关运行经费${wan(facts.agencyOperating)}万元，${c.text}${reason}。`;
}

/** 政府采购预算: the 政府采购预算表 total (an empty table states zero). */
export function procurementParagraph({ facts, b }: TemplateInput, lead: string): string {
  const amount = facts.procurement !== null ? wan(facts.procurement) : b.fillAmount('procurement', '政府采购预算金额（未识别到政府采购预算表）');
  return `${lead}${amount}万元。`;
}

/** 固定资产: the 固定资产占用情况表 资产总额. */
export function fixedAssetsParagraph({ facts, b }: TemplateInput, lead: string): string {
  if (facts.fixedAssets === null) return `${lead}${b.fillAmount('fixedAssets', '上年末固定资产金额（未识别到固定资产占用情况表）')}万元。`;
  return `${lead}${wan(facts.fixedAssets)}万元（详见固定资产占用情况表）。`;
}
