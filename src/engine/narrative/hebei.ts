// The Hebei 信息公开情况说明 (seeds 000, 001, 004): sections 一 to 九, figures and tables from the workbook only.
import { ZERO, type Money } from '../money';
import { changeText, wan, type Block, type TemplateInput } from './builder';
import { organizationTable } from './draft-tables';
import { HEBEI_GLOSSARY } from './glossary';
import { performanceBlocks } from './performance-section';
import {
  agencyParagraph, fixedAssetsBlocks, incomeList, procurementBlocks, projectList, threePublicItemLines, threePublicParts,
} from './shared-paragraphs';

/** Fill `b` with the Hebei sections; returns the intro paragraph. */
export function hebeiSections(input: TemplateInput): string[] {
  const { words, b } = input;
  const { w, entity, y } = words;
  b.section(`一、${w}职责及机构设置情况`, 1, [
    `${w}职责：`,
    ...b.fillParagraphs('duties', `${w}职责`),
    '机构设置：',
    ...organizationBlocks(input),
  ]);
  b.section(`二、${w}预算安排的总体情况`, 1, [overallLead(input)]);
  b.section('1、收入说明', 2, [incomeParagraph(input)]);
  b.section('2、支出说明', 2, [expenditureParagraph(input)]);
  b.section('3、比上年增减情况', 2, [changeParagraph(input)]);
  b.section('三、机关运行经费安排情况', 1, [agencyParagraph(input, `${y}，我${w}机关运行经费共计安排`)]);
  b.section('四、财政拨款“三公”经费预算情况及增减变化原因', 1, [threePublicParagraph(input), ...threePublicItemLines(input)]);
  b.section('五、预算绩效信息', 1);
  for (const s of performanceBlocks(input)) b.section(s.heading, 2, s.blocks);
  b.section('六、政府采购预算情况', 1, procurementBlocks(input, `${y}，${entity}安排政府采购预算`, { table: true, goods: '政府采购' }));
  b.section('七、国有资产信息', 1, fixedAssetsBlocks(input, `${entity}上年末固定资产金额为`));
  b.section('八、名词解释', 1, HEBEI_GLOSSARY.map((g, i) => `${i + 1}、${g}`));
  b.section('九、其他需要说明的事项', 1, [b.fill('other', `其他需要说明的事项（没有时写“我${w}无其他需要说明的事项。”）`)]);
  return [
    `按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《河北省省级预算公开办法》规定，现将${entity}${y}${w}预算公开如下：`,
  ];
}

/** 机构设置: the workbook's 部门基本情况表 when it has one, else the clerk's text. */
function organizationBlocks({ facts, words, b }: TemplateInput): Block[] {
  if (facts.organization) return [organizationTable(facts.organization, words.w)];
  return b.fillParagraphs('organization', '机构设置情况（所属单位、单位性质、单位规格、经费保障形式）');
}

function overallLead({ facts, words }: TemplateInput): string {
  const lead = `按照预算管理有关规定，目前${words.w}预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。`;
  const units = facts.organization?.units ?? [];
  return units.length > 1 ? `${lead}${words.entity}机关及所属事业单位的收支包含在${words.w}预算中。` : lead;
}

function incomeParagraph({ facts, words, b }: TemplateInput): string {
  const { w, y } = words;
  const whole = facts.incomeGrandTotal ?? facts.incomeTotal;
  if (!whole) return b.fill('income', '收入说明（未识别到收支总表）');
  return `反映本${w}当年全部收入。${y}预算收入${wan(whole)}万元，其中：${incomeList(facts, '，')}。`;
}

function expenditureParagraph({ facts, words, b }: TemplateInput): string {
  const { w, y, entity } = words;
  const lead = `收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映${entity}年度${w}预算中支出预算的总体情况。`;
  const total = facts.expenditureGrandTotal ?? facts.expenditureTotal;
  if (!total || !facts.basic || !facts.project) return lead + b.fill('expenditure', '支出说明（未识别到支出总表）');
  const split =
    facts.personnel && facts.public
      ? `，包括人员经费${wan(facts.personnel)}万元和日常公用经费${wan(facts.public)}万元`
      : '';
  const projects = projectList(facts) || (facts.project.isZero() ? '' : b.fill('projects', '主要项目及金额（未识别到项目支出表或绩效目标表）'));
  const main = projects ? `，主要为${projects}` : '';
  return `${lead}${y}${w}支出预算为${wan(total)}万元，其中基本支出${wan(facts.basic)}万元${split}；项目支出${wan(facts.project)}万元${main}。`;
}

/** 「基本支出576.27万元，较2020年509.44万元增加66.83万元，主要原因是…」 */
function partChange(input: TemplateInput, key: 'basic' | 'project', name: string, current: Money | null): string | null {
  const prior = input.prior[key];
  if (!current || !prior) return null;
  const c = changeText(current, prior, input.words.py);
  const reason = c.changed ? `，主要原因是${input.b.fill(`reason.${key}`, `${name}增减原因`)}` : '';
  return `${name}${wan(current)}万元，${c.text}${reason}`;
}

function changeParagraph(input: TemplateInput): string {
  const { facts, prior, words, b } = input;
  const total = facts.expenditureGrandTotal ?? facts.expenditureTotal;
  const head = `${words.y}${words.w}预算收支安排${wan(total ?? ZERO)}万元，`;
  if (!total) return b.fill('change', '比上年增减情况');
  if (!prior.total) return head + b.fill('prior.total', `与${words.py}预算相比的增减情况（可录入上年预算数）`) + '。';
  const c = changeText(total, prior.total, `${words.py}预算`);
  const parts = [partChange(input, 'basic', '基本支出', facts.basic), partChange(input, 'project', '项目支出', facts.project)]
    .filter((p): p is string => p !== null);
  const detail = parts.length > 0 ? `，其中：${parts.join('；')}` : '';
  return `${head}${c.text}${detail}。`;
}

function threePublicParagraph(input: TemplateInput): string {
  const { facts, prior, words, b } = input;
  const tp = facts.threePublic;
  if (!tp) return b.fill('threePublic', '“三公”经费预算情况（未识别到“三公”经费支出表）');
  const head = `${words.y}，我${words.w}财政拨款“三公”经费预算安排${wan(tp.total)}万元，其中${threePublicParts(tp, '运维')}。`;
  if (!prior.threePublic) {
    return head + b.fill('prior.threePublic', `与${words.py}相比的增减变化及原因（可录入上年“三公”经费预算数）`);
  }
  const c = changeText(tp.total, prior.threePublic, `${words.py}预算`);
  const reason = c.changed ? `，增减变化的主要原因是${b.fill('reason.threePublic', '“三公”经费增减变化原因')}` : '，无增减变化';
  return `${head}“三公”经费预算${wan(tp.total)}万元，${c.text}${reason}。`;
}
