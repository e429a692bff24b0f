// The Henan 部门预算 说明 (seed 002): 目录, 第一部分 概况, 第二部分 一 至 十 with shares of totals and 十(一)–(六),
// 第三部分 名词解释, 附件 list of the tables.
import type { Money } from '../money';
import { changeText, share, wan, type TemplateInput } from './builder';
import { HENAN_GLOSSARY } from './glossary';
import { contentsLines, attachmentTitle } from './henan-contents';
import { otherMatters } from './henan-other';
import { incomeList } from './shared-paragraphs';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Fill `b` with the Henan parts; returns the intro paragraphs (none: the parts carry everything). */
export function henanSections(input: TemplateInput): string[] {
  const { words, b } = input;
  const { w, entity, y } = words;
  b.section('目 录', 1, contentsLines(input));
  b.section('第一部分 概况', 1);
  b.section('一、主要职能', 2);
  b.section('（一）机构设置情况', 3, organizationText(input));
  b.section(`（二）${w}职责`, 3, b.fillParagraphs('duties', `${w}职责`));
  b.section(`二、${w}预算单位构成`, 2, [compositionText(input)]);
  b.section(`第二部分 ${entity}${y}${w}预算情况说明`, 1);
  b.section('一、收入支出预算总体情况说明', 2, [overallParagraph(input)]);
  b.section('二、收入预算总体情况说明', 2, [incomeParagraph(input)]);
  b.section('三、支出预算总体情况说明', 2, [expenditureParagraph(input)]);
  b.section('四、财政拨款收入支出预算总体情况说明', 2, [fiscalGrantParagraph(input)]);
  b.section('五、一般公共预算支出预算情况说明', 2, [generalBudgetParagraph(input)]);
  b.section('六、一般公共预算基本支出预算情况说明', 2, [basicParagraph(input)]);
  b.section('七、政府性基金预算支出预算情况说明', 2, [fundParagraph(input, input.facts.govFundExpenditure, 'govFund', '政府性基金预算')]);
  b.section('八、国有资本经营预算支出预算情况说明', 2, [fundParagraph(input, input.facts.stateCapitalExpenditure, 'stateCapital', '国有资本经营预算')]);
  b.section('九、“三公”经费支出预算情况说明', 2, threePublicParagraphs(input));
  b.section('十、其他重要事项的情况说明', 2);
  for (const s of otherMatters(input)) b.section(s.heading, 3, s.blocks);
  b.section('第三部分 名词解释', 1, HENAN_GLOSSARY.map((g, i) => `${NUMERALS[i] ?? i + 1}、${g}`));
  b.section(attachmentTitle(input), 1);
  return [];
}

/** 机构设置: Henan documents describe the internal offices, which no table gives; the units when the workbook lists them. */
function organizationText({ facts, b }: TemplateInput): string[] {
  const units = facts.organization?.units ?? [];
  const listed = units.length > 0 ? [`本部门包括${units.map((u) => `${u.name}（${[u.nature, u.rank].filter(Boolean).join('，')}）`).join('、')}。`] : [];
  return [...listed, ...b.fillParagraphs('organization', '机构设置情况（内设机构及其职能）')];
}

/** 预算单位构成: the units of the 部门基本情况表, else the clerk's text. */
function compositionText({ facts, words, b }: TemplateInput): string {
  const units = facts.organization?.units ?? [];
  if (units.length === 0) return b.fill('composition', `${words.w}预算单位构成（编制范围包括的单位）`);
  return `我${words.w}${words.y}度${words.w}预算编制范围包括${units.map((u) => u.name).join('、')}。`;
}

function overallParagraph({ facts, prior, words, b }: TemplateInput): string {
  const income = facts.incomeGrandTotal ?? facts.incomeTotal;
  const spending = facts.expenditureGrandTotal ?? facts.expenditureTotal;
  if (!income || !spending) return b.fill('overall', '收入支出预算总体情况（未识别到收支总体情况表）');
  const head = `我${words.w}${words.y}收入总计${wan(income)}万元，支出总计${wan(spending)}万元`;
  if (!prior.total) return `${head}，${b.fill('prior.total', `与${words.py}相比的增减情况及原因（可录入上年预算数）`)}。`;
  const c = changeText(spending, prior.total, `${words.py}预算`);
  const reason = c.changed ? `，主要原因是${b.fill('reason.total', '收支总计增减原因')}` : '';
  return `${head}，${c.text}${reason}。`;
}

function incomeParagraph({ facts, words, b }: TemplateInput): string {
  const whole = facts.incomeGrandTotal ?? facts.incomeTotal;
  if (!whole) return b.fill('income', '收入预算总体情况（未识别到收支总体情况表）');
  const label = facts.carryover && !facts.carryover.isZero() ? '收入总计' : '收入合计';
  return `我${words.w}${words.y}${label}${wan(whole)}万元，其中：${incomeList(facts, '；')}。`;
}

function expenditureParagraph({ facts, prior, words, b }: TemplateInput): string {
  const total = facts.expenditureGrandTotal ?? facts.expenditureTotal;
  if (!total || !facts.basic || !facts.project) return b.fill('expenditure', '支出预算总体情况（未识别到支出总体情况表）');
  const part = (name: string, key: 'basic' | 'project', m: Money): string => {
    const pct = share(m, total);
    const base = `${name}${wan(m)}万元${pct ? `，占${pct}` : ''}`;
    const p = prior[key];
    if (!p) return base;
    const c = changeText(m, p, `${words.py}预算`);
    const reason = c.changed ? `，主要原因是${b.fill(`reason.${key}`, `${name}增减原因`)}` : '';
    return `${base}，${c.text}${reason}`;
  };
  return `我${words.w}${words.y}支出合计${wan(total)}万元，其中：${part('基本支出', 'basic', facts.basic)}；${part('项目支出', 'project', facts.project)}。`;
}

function fiscalGrantParagraph({ facts, words, b }: TemplateInput): string {
  const amount = facts.fiscalGrantGrandTotal ?? facts.fiscalGrantTotal ?? facts.incomeSources.find((s) => s.key === 'generalBudget')?.amount ?? null;
  if (!amount) return b.fill('fiscalGrant', '财政拨款收入支出预算总体情况（未识别到财政拨款收支总体情况表）');
  return `我${words.w}${words.y}财政拨款收支预算${wan(amount)}万元。`;
}

function generalBudgetParagraph({ facts, words, b }: TemplateInput): string {
  const total = facts.generalBudgetTotal;
  if (!total) return b.fill('generalBudget', '一般公共预算支出情况（未识别到一般公共预算支出情况表）');
  const lines = facts.classes.map((c) => {
    const pct = share(c.amount, total);
    return `${c.name}${wan(c.amount)}万元${pct ? `，占${pct}` : ''}`;
  });
  const uses = lines.length > 0 ? `主要用于以下方面：${lines.join('；')}` : '';
  return `我${words.w}${words.y}一般公共预算支出年初预算为${wan(total)}万元。${uses}。`;
}

function basicParagraph({ facts, words, b }: TemplateInput): string {
  const basic = facts.basicGeneralBudget ?? facts.basic;
  if (!basic) return b.fill('basic', '一般公共预算基本支出情况（未识别到一般公共预算基本支出情况表）');
  const split =
    facts.personnel && facts.public
      ? `，其中：人员经费${wan(facts.personnel)}万元，公用经费${wan(facts.public)}万元`
      : '';
  return `我${words.w}${words.y}一般公共预算基本支出${wan(basic)}万元${split}。`;
}

function fundParagraph(input: TemplateInput, amount: Money | null, key: 'govFund' | 'stateCapital', name: string): string {
  const { facts, words, b } = input;
  const value = amount ?? facts.incomeSources.find((s) => s.key === key)?.amount ?? null;
  if (value === null) return b.fill(`${key}.expenditure`, `${name}支出预算情况`);
  if (value.isZero()) return `我${words.w}${words.y}没有使用${name}拨款安排的支出。`;
  return `我${words.w}${words.y}${name}支出预算${wan(value)}万元。`;
}

function threePublicParagraphs({ facts, prior, words, b }: TemplateInput): string[] {
  const tp = facts.threePublic;
  if (!tp) return [b.fill('threePublic', '“三公”经费支出预算情况（未识别到“三公”经费支出表）')];
  const head = `我${words.w}${words.y}“三公”经费预算为${wan(tp.total)}万元`;
  let change: string;
  if (prior.threePublic) {
    const c = changeText(tp.total, prior.threePublic, `${words.py}预算`);
    const reason = c.changed ? `，主要原因是${b.fill('reason.threePublic', '“三公”经费增减变化原因')}` : '';
    change = `，${c.text}${reason}。`;
  } else {
    change = `，${b.fill('prior.threePublic', `与${words.py}相比的增减变化及原因（可录入上年“三公”经费预算数）`)}。`;
  }
  return [
    head + change,
    '具体支出情况如下：',
    `（一）因公出国（境）费${wan(tp.abroad)}万元。`,
    `（二）公务用车购置及运行费${wan(tp.vehicle)}万元。其中：公务用车购置费${wan(tp.vehiclePurchase)}万元，公务用车运行维护费${wan(tp.vehicleOperation)}万元。`,
    `（三）公务接待费${wan(tp.reception)}万元。`,
  ];
}
