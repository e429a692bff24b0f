// Henan 十、其他重要事项的情况说明 (seed 002): 机关运行经费, 政府采购, 预算绩效管理, 国有资产占用, 专项转移支付,
// 预算部门构成 — from the tables where they say it, the clerk's text where they cannot.
import { ZERO, type Money } from '../money';
import { wan, type Block, type TemplateInput } from './builder';
import { agencyParagraph, procurementBlocks } from './shared-paragraphs';

/** A sub-section of 十: heading and content. */
export interface OtherMatter {
  heading: string;
  blocks: Block[];
}

/** Projects of 100万元 and more are counted apart (seed 002: 「预算支出100万元及100万元以上项目0个」). */
const LARGE = 100;

/** 「纳入预算绩效管理的支出总额为84.00万元，支出项目共4个，…100万元及100万元以上项目0个，支出总额0.00万元。」 */
function performanceParagraph({ facts, words, b }: TemplateInput): string {
  const forms = facts.performanceProjects;
  if (forms.length === 0) return b.fill('performance', '预算绩效管理开展情况（未识别到绩效目标申报表）');
  const budgets = forms.map((p) => p.budget);
  if (budgets.some((x) => x === null)) {
    return `${words.y}，我${words.w}纳入预算绩效管理的支出项目共${forms.length}个。`;
  }
  const all = budgets as Money[];
  const total = all.reduce((a, x) => a.plus(x), ZERO);
  const large = all.filter((x) => x.gte(LARGE));
  const largeTotal = large.reduce((a, x) => a.plus(x), ZERO);
  return (
    `${words.y}，我${words.w}纳入预算绩效管理的支出总额为${wan(total)}万元，支出项目共${forms.length}个，` +
    `其中预算支出100万元及100万元以上项目${large.length}个，支出总额${wan(largeTotal)}万元。`
  );
}

/** 「截至上年末，我部门固定资产总额X万元。其中，房屋…万元，车辆…万元，共有车辆N辆。」 */
function assetsParagraph({ facts, words, b }: TemplateInput): string {
  const lead = `截至上年末，我${words.w}固定资产总额`;
  const f = facts.fixedAssetDetail;
  if (facts.fixedAssets === null || !f) return `${lead}${b.fillAmount('fixedAssets', '上年末固定资产总额（未识别到固定资产占用情况表）')}万元。`;
  const parts: string[] = [];
  if (f.buildings) parts.push(`房屋${wan(f.buildings.value ?? ZERO)}万元`);
  if (f.vehicles) parts.push(`车辆${wan(f.vehicles.value ?? ZERO)}万元`);
  const detail = parts.length > 0 ? `其中，${parts.join('，')}。` : '';
  const count = f.vehicles ? `共有车辆${(f.vehicles.quantity ?? ZERO).toFixed()}辆。` : '';
  return `${lead}${wan(facts.fixedAssets)}万元。${detail}${count}`;
}

/** 预算部门构成说明: which units the published budget covers. */
function scopeParagraph({ facts, words, b }: TemplateInput): string {
  const units = facts.organization?.units ?? [];
  if (units.length === 0) return b.fill('scope', '关于预算部门构成的说明（纳入本次公开范围的单位）');
  return `${words.y}我${words.w}将${units.map((u) => u.name).join('、')}的${words.w}预算全部纳入预算公开范围。`;
}

/** The six sub-sections of 十. */
export function otherMatters(input: TemplateInput): OtherMatter[] {
  const { words, b } = input;
  const we = `我${words.w}${words.y}`;
  return [
    { heading: '（一）机关运行经费支出情况', blocks: [agencyParagraph(input, `${we}机关运行经费支出预算`)] },
    { heading: '（二）政府采购支出情况', blocks: procurementBlocks(input, `${we}政府采购预算安排`, { table: false, goods: '政府采购' }) },
    { heading: '（三）关于预算绩效管理开展情况说明', blocks: [performanceParagraph(input)] },
    { heading: '（四）国有资产占用情况', blocks: [assetsParagraph(input)] },
    {
      heading: '（五）专项转移支付项目情况',
      blocks: [b.fill('transfers', `专项转移支付项目情况（没有时写“我${words.w}${words.y}没有专项转移支付项目。”）`)],
    },
    { heading: '（六）关于预算部门构成说明', blocks: [scopeParagraph(input)] },
  ];
}
