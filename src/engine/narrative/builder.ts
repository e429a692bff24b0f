// Shared pieces of both templates: how clerks write amounts and changes, and how placeholders are collected.
import { formatAmount, parseAmount, percentOf, type Money } from '../money';
import type { DraftSection, DraftTable, Placeholder, PriorYear } from './types';
import type { BudgetFacts } from './facts';

/** An amount as clerks write it in a 情况说明: 万元 with two decimals ("3232.07"). */
export function wan(m: Money): string {
  return formatAmount(m, 2);
}

/** A 成文日期 as GB/T 9704 prints it, in Arabic numerals without leading zeros: 「2026年3月5日」. */
export function documentDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** Share of a part in a whole, "40.62%"; null when the whole is zero. */
export function share(part: Money, whole: Money | null): string | null {
  if (!whole) return null;
  const p = percentOf(part, whole, 2);
  return p === null ? null : `${p}%`;
}

/** Prior-year amounts parsed from the clerk's input; unreadable entries are left out. */
export type PriorAmounts = Partial<Record<Exclude<keyof PriorYear, 'year'>, Money>>;

/** Parse the clerk's prior-year figures (decimal text in 万元). */
export function parsePrior(prior: PriorYear | undefined): PriorAmounts {
  const out: PriorAmounts = {};
  if (!prior) return out;
  for (const [key, value] of Object.entries(prior)) {
    if (key === 'year' || typeof value !== 'string') continue;
    const m = parseAmount(value.replace(/万元$/, '').trim());
    if (m) out[key as keyof PriorAmounts] = m;
  }
  return out;
}

/**
 * 「较2020年预算3068.24万元增加163.83万元」 / 「与2020年预算持平」: the current figure is written by the caller
 * just before, so X − Y = ±Z can be checked in the text.
 */
export function changeText(current: Money, prior: Money, priorLabel: string): { text: string; changed: boolean } {
  const diff = current.minus(prior);
  if (diff.isZero()) return { text: `与${priorLabel}${wan(prior)}万元持平`, changed: false };
  const verb = diff.isNegative() ? '减少' : '增加';
  return { text: `较${priorLabel}${wan(prior)}万元${verb}${wan(diff.abs())}万元`, changed: true };
}

/** A piece of a section: a paragraph, or a table placed after the paragraphs before it. */
export type Block = string | Omit<DraftTable, 'after'>;

/** Collects sections and the placeholders left in them; reuses text the clerk typed before. */
export class DraftBuilder {
  readonly sections: DraftSection[] = [];
  readonly placeholders: Placeholder[] = [];
  /** Every text the template asks the clerk for, filled or not (inputs stay editable after filling). */
  readonly fillable: Placeholder[] = [];

  constructor(private readonly texts: Record<string, string> = {}) {}

  /** The clerk's text for `key`, or the marked placeholder 【请填写：label】 (listed once). */
  fill(key: string, label: string): string {
    if (!this.fillable.some((p) => p.key === key)) this.fillable.push({ key, label });
    const typed = this.texts[key]?.trim();
    if (typed) return typed;
    if (!this.placeholders.some((p) => p.key === key)) this.placeholders.push({ key, label });
    return `【请填写：${label}】`;
  }

  /** The clerk's text for `key`, else `fallback` (a value a host supplies, e.g. today's date), else the placeholder. */
  fillOr(key: string, label: string, fallback: string | undefined): string {
    const typed = this.texts[key]?.trim();
    if (typed || !fallback) return this.fill(key, label);
    if (!this.fillable.some((p) => p.key === key)) this.fillable.push({ key, label });
    return fallback;
  }

  /** Like fill, for an amount written before 「万元」: a typed 「6.42万元」 loses its unit. */
  fillAmount(key: string, label: string): string {
    return this.fill(key, label).replace(/\s*万元$/, '');
  }

  /** Like fill, for multi-paragraph text (one paragraph per line). */
  fillParagraphs(key: string, label: string): string[] {
    return this.fill(key, label)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** Add a section; tables among the blocks keep their place between the paragraphs. */
  section(heading: string, level: 1 | 2 | 3, blocks: readonly Block[] = []): void {
    const paragraphs: string[] = [];
    const tables: DraftTable[] = [];
    for (const b of blocks) {
      if (typeof b === 'string') paragraphs.push(b);
      else tables.push({ ...b, after: paragraphs.length });
    }
    this.sections.push(tables.length > 0 ? { heading, level, paragraphs, tables } : { heading, level, paragraphs });
  }
}

/** Names a template needs again and again. */
export interface Wording {
  /** 部门 or 单位, as the tables' titles say. */
  w: string;
  entity: string;
  /** "2021年" or "本年度". */
  y: string;
  /** "2020年" or "上年". */
  py: string;
}

/** The wording of a draft from facts and the prior-year input. */
export function wordingOf(facts: BudgetFacts, prior: PriorYear | undefined): Wording {
  const w = facts.wording;
  const priorYear = prior?.year ?? (facts.year !== null ? facts.year - 1 : null);
  return {
    w,
    entity: facts.entity ?? `本${w}`,
    y: facts.year !== null ? `${facts.year}年` : '本年度',
    py: priorYear !== null ? `${priorYear}年` : '上年',
  };
}

/** Join clauses as 「A、B和C」 for lists of names. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/** What a template reads: facts, prior-year amounts, wording and the builder that collects the text. */
export interface TemplateInput {
  facts: BudgetFacts;
  prior: PriorAmounts;
  words: Wording;
  b: DraftBuilder;
}
