// The Henan 目录 and 附件 line: the parts of the 说明, then the tables the workbook holds, numbered as printed.
import type { TemplateInput } from './builder';
import type { BudgetFacts } from './facts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 … 十九 for list numbers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : NUMERALS[(n % 10) - 1]}`;
}

/** 「附件：沁阳市医疗保障局2020年度部门预算表」 */
export function attachmentTitle({ words }: TemplateInput): string {
  return `附件：${words.entity}${words.y}度${words.w}预算表`;
}

/** The workbook's table titles in order, each once (the 绩效目标申报表 of every project as one line). */
function tableTitles(facts: BudgetFacts): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const title of facts.tableTitles) {
    const clean = title.replace(/^\s*\d{4}\s*年度?/, '').replace(/^\d+[、.．]\s*/, '').replace(/[（(].*[)）]$/, '').trim();
    const name = /绩效目标/.test(clean) ? '绩效目标申报表' : clean;
    if (name && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}

/** The lines of the 目录 as seed 002 prints them. */
export function contentsLines(input: TemplateInput): string[] {
  const { words } = input;
  const lines = [
    '第一部分 概况',
    '一、主要职能',
    `二、${words.w}预算单位构成`,
    `第二部分 ${words.entity}${words.y}${words.w}预算情况说明`,
    '第三部分 名词解释',
    attachmentTitle(input),
  ];
  return [...lines, ...tableTitles(input.facts).map((t, i) => `${chineseNumber(i + 1)}、${t}`)];
}
