// 预算绩效信息 (Hebei 五): the 部门 target the clerk writes, then each project of the 绩效目标表 with its budget,
// goal and indicators (a real table), and a line of totals; placeholders only when there are no forms.
import { ZERO } from '../money';
import { wan, type Block, type TemplateInput } from './builder';
import { indicatorTable } from './draft-tables';

/** A sub-section of 五: heading and content. */
export interface SubSection {
  heading: string;
  blocks: Block[];
}

/** Structural markup some exports leave in cell text (「<p>目标:…</p>」), removed for print. */
export function withoutMarkup(text: string): string {
  return text.replace(/<\/?(p|br|div|span)\b[^>]*>/gi, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** 「2021年共有8个项目编制了绩效目标，涉及资金2655.80万元。」 */
function summary({ facts, words }: TemplateInput): string {
  const forms = facts.performanceProjects;
  const budgets = forms.filter((p) => p.budget !== null);
  const total = budgets.reduce((a, p) => a.plus(p.budget ?? ZERO), ZERO);
  const money = budgets.length === forms.length ? `，涉及资金${wan(total)}万元` : '';
  return `${words.y}，我${words.w}共有${forms.length}个项目编制了绩效目标${money}。`;
}

/** The sub-sections of 预算绩效信息. */
export function performanceBlocks(input: TemplateInput): SubSection[] {
  const { facts, words, b } = input;
  const overall: SubSection = {
    heading: `（一）${words.w}整体绩效目标`,
    blocks: b.fillParagraphs('performance.overall', `${words.w}整体绩效目标（总体绩效目标、分项绩效目标和工作保障措施）`),
  };
  const forms = facts.performanceProjects;
  if (forms.length === 0) {
    return [overall, { heading: '（二）项目绩效目标', blocks: b.fillParagraphs('performance.projects', '项目绩效目标（未识别到绩效目标表）') }];
  }
  const blocks: Block[] = [summary(input)];
  forms.forEach((p, i) => {
    const budget = p.budget ? `，预算${wan(p.budget)}万元` : '';
    blocks.push(`${i + 1}、${p.name}${budget}。`);
    if (p.goal) blocks.push(`绩效目标：${withoutMarkup(p.goal)}`);
    if (p.indicators.length > 0) blocks.push(indicatorTable(p));
  });
  return [overall, { heading: '（二）项目绩效目标', blocks }];
}
