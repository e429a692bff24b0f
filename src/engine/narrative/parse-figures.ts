// Figures out of 情况说明 prose: amounts (万元/元), what they name, 增加/减少 statements and 「占…%」 shares.
import { toHalfWidth } from '../grid/normalize';
import { Decimal, decimalsOf, type Money } from '../money';
import { classifyLabel, isComparison, type FigureKey } from './label-keys';

/** One amount written in the text, converted to 万元. */
export interface AmountMention {
  /** As written: 「2655.8万元」. */
  text: string;
  value: Money;
  /** Decimals as written, counted in 万元 (「3232070元」 has 4). */
  decimals: number;
  start: number;
  end: number;
  /** The words before the number back to the previous punctuation or amount. */
  label: string;
  key: FigureKey | null;
  /** Set when the amount follows 增加/减少 (a change, not a level). */
  change: 1 | -1 | null;
  /** Set when the amount is last year's figure (「较上年123829.67万元」). */
  comparison: boolean;
  /** Index of the sentence (split at 。！？) holding it. */
  sentence: number;
}

/** 「增长4.8%」「下降3.12%」「增幅为5%」: a growth rate as written. */
export interface RateMention {
  text: string;
  value: Money;
  decimals: number;
  /** 1 for 增长/增加/上升/提高/增幅, -1 for 下降/减少/降低/降幅. */
  sign: 1 | -1;
  start: number;
  end: number;
  sentence: number;
}

/** 「X 较上年 Y 增加 Z，增长 R%」: current, prior and rate are null when the text leaves them out. */
export interface ChangeStatement {
  amount: AmountMention;
  sign: 1 | -1;
  current: AmountMention | null;
  prior: AmountMention | null;
  key: FigureKey | null;
  /** The rate written right after the change amount, in the same sentence. */
  rate: RateMention | null;
}

/** A share written as 「占40.62%」 and the amount it is a share of. */
export interface PercentMention {
  text: string;
  value: Money;
  decimals: number;
  start: number;
  /** The amount the share is of (「基本支出57.47万元，占40.62%」). */
  of: AmountMention;
}

/** Everything read from one paragraph (text is the half-width form the positions refer to). */
export interface ParsedText {
  text: string;
  amounts: AmountMention[];
  changes: ChangeStatement[];
  percents: PercentMention[];
  rates: RateMention[];
}

const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(亿元|万元|元)(?!\s*[/／每])/g;
const BOUNDARY = /[，,；;：:。！？!?、\n【】]/;
const CHANGE_VERB = /(增加|减少|增长|下降|降低|减)了?\s*$/;
/** 「100万元及100万元以上项目」: a threshold, not a figure. */
const THRESHOLD_AFTER = /^\s*(及\s*\d+(\.\d+)?\s*万?元)?\s*(及)?(以上|以下)/;
const BOUND_BEFORE = /[≥≤<>＜＞约近超逾]\s*$/;

function sentenceIndex(text: string, pos: number): number {
  let n = 0;
  for (let i = 0; i < pos; i++) if (/[。！？!?]/.test(text[i])) n++;
  return n;
}

function labelBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !BOUNDARY.test(text[i - 1])) i--;
  return text.slice(i, start).trim();
}

function scale(unit: string): { factor: Money; extra: number } {
  if (unit === '元') return { factor: new Decimal('0.0001'), extra: 4 };
  if (unit === '亿元') return { factor: new Decimal(10000), extra: -4 };
  return { factor: new Decimal(1), extra: 0 };
}

function mention(text: string, m: RegExpExecArray, floor: number, classNames: readonly string[]): AmountMention | null {
  const start = m.index;
  if (BOUND_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return null;
  if (start > 0 && /[A-Za-z\d.]/.test(text[start - 1])) return null;
  if (THRESHOLD_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 12))) return null;
  const digits = m[1].replace(/,/g, '');
  const { factor, extra } = scale(m[2]);
  const label = labelBefore(text, start, floor);
  const verb = CHANGE_VERB.exec(label);
  const change = verb ? (/减|下降|降低/.test(verb[1]) ? -1 : 1) : null;
  const subject = verb ? label.slice(0, verb.index) : label;
  const comparison = change === null && isComparison(label);
  return {
    text: m[0], value: new Decimal(digits).times(factor), decimals: Math.max(0, decimalsOf(digits) + extra),
    start, end: start + m[0].length, label, key: comparison ? null : classifyLabel(subject, classNames),
    change, comparison, sentence: sentenceIndex(text, start),
  };
}

const RATE = /(增长|增加|上升|提高|下降|减少|降低|增幅为?|降幅为?)了?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

function ratesOf(text: string): RateMention[] {
  const out: RateMention[] = [];
  for (let m = RATE.exec(text); m; m = RATE.exec(text)) {
    const sign = /下降|减少|降低|降幅/.test(m[1]) ? -1 : 1;
    const start = m.index;
    out.push({ text: m[0], value: new Decimal(m[2]), decimals: decimalsOf(m[2]), sign, start, end: start + m[0].length, sentence: sentenceIndex(text, start) });
  }
  RATE.lastIndex = 0;
  return out;
}

/** The rate that follows a change amount in its sentence, before any other amount. */
function rateAfter(amounts: AmountMention[], k: number, rates: RateMention[]): RateMention | null {
  const z = amounts[k];
  const next = amounts[k + 1];
  return rates.find((r) => r.sentence === z.sentence && r.start >= z.end && (!next || r.start < next.start)) ?? null;
}

function changesOf(amounts: AmountMention[], rates: RateMention[]): ChangeStatement[] {
  const out: ChangeStatement[] = [];
  amounts.forEach((z, k) => {
    if (z.change === null) return;
    const same = (m: AmountMention | undefined) => (m && m.sentence === z.sentence && m.change === null ? m : null);
    const prev = same(amounts[k - 1]);
    let prior: AmountMention | null = null;
    let current: AmountMention | null = null;
    if (prev?.comparison) {
      prior = prev;
      const before = same(amounts[k - 2]);
      current = before && !before.comparison ? before : null;
    } else if (prev && isComparison(z.label)) {
      current = prev;
    }
    out.push({ amount: z, sign: z.change, current, prior, key: z.key ?? current?.key ?? null, rate: rateAfter(amounts, k, rates) });
  });
  return out;
}

function percentsOf(text: string, amounts: AmountMention[]): PercentMention[] {
  const out: PercentMention[] = [];
  const re = /占(?:比|[^,，;；。:：\d%]{1,12}?的?比?(?:重|例)?为?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const of = [...amounts].reverse().find((a) => a.end <= at && a.change === null);
    if (!of || !/^[\s，,]*$/.test(text.slice(of.end, at))) continue;
    out.push({ text: m[0], value: new Decimal(m[1]), decimals: decimalsOf(m[1]), start: at, of });
  }
  return out;
}

/** Parse one paragraph; `classNames` are the 类 names the tables list (社会保障和就业支出…). */
export function parseFigures(raw: string, classNames: readonly string[] = []): ParsedText {
  const text = toHalfWidth(raw);
  const amounts: AmountMention[] = [];
  let floor = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const a = mention(text, m, floor, classNames);
    if (a) {
      amounts.push(a);
      floor = a.end;
    }
  }
  AMOUNT.lastIndex = 0;
  const rates = ratesOf(text);
  return { text, amounts, changes: changesOf(amounts, rates), percents: percentsOf(text, amounts), rates };
}
