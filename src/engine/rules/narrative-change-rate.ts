// 「比上年增加 X 万元，增长 Y%」: the rate must be the change over last year's figure, in the same direction;
// 「持平」 must not come with a change. Last year's figure is the one written, or this year's minus the change.
import { Decimal, type Money } from '../money';
import type { ChangeStatement, RateMention } from '../narrative/parse-figures';
import { defineRule, type RuleContext } from './define-rule';
import { narrativeParagraphs, quote, show, type NarrativeParagraph } from './narrative-shared';

const FLAT = /持平|无增减|没有增减|无变化|没有变化/;

const verbOf = (sign: 1 | -1, rate: boolean): string => (sign === 1 ? (rate ? '增长' : '增加') : rate ? '下降' : '减少');

/** The exact rate in percent; the written rate passes when it is within one unit of its last decimal. */
function rateOk(exact: Money, rate: RateMention): boolean {
  return exact.minus(rate.value).abs().lt(new Decimal(10).pow(-rate.decimals));
}

/** Last year's figure behind a change: written, or this year's (as the tables correct it) minus the change. */
function baseOf(p: NarrativeParagraph, c: ChangeStatement): Money | null {
  if (c.prior) return c.prior.value;
  if (!c.current) return null;
  return p.verdicts.valueOf(c.current).minus(c.sign === 1 ? c.amount.value : c.amount.value.negated());
}

/** X − Y = ±Z already fails: change-arithmetic reports that statement, with the rate as its tie-breaker. */
function arithmeticFails(p: NarrativeParagraph, c: ChangeStatement): boolean {
  if (!c.current || !c.prior) return false;
  const stated = c.sign === 1 ? c.amount.value : c.amount.value.negated();
  return !p.verdicts.valueOf(c.current).minus(c.prior.value).equals(stated);
}

function checkChange(ctx: RuleContext, p: NarrativeParagraph, c: ChangeStatement): void {
  const rate = c.rate;
  if (!rate) return;
  const phrase = quote(p.text, c.amount.start, rate.end);
  if (rate.sign !== c.sign && !c.amount.value.isZero()) {
    ctx.report({ messageId: 'direction', at: p.address, data: { phrase, amountVerb: verbOf(c.sign, false), rateVerb: verbOf(rate.sign, true) } });
    return;
  }
  const base = baseOf(p, c);
  if (!base || base.lte(0) || arithmeticFails(p, c)) return;
  reportRate(ctx, p, rate, phrase, c.amount.value, base);
}

/** The stated rate against amount ÷ base, reported with the rate it should be (at least 2 decimals). */
function reportRate(ctx: RuleContext, p: NarrativeParagraph, rate: RateMention, phrase: string, amount: Money, base: Money): void {
  const exact = amount.times(100).dividedBy(base);
  if (rateOk(exact, rate)) return;
  const expected = exact.toFixed(Math.max(rate.decimals, 2), Decimal.ROUND_HALF_UP);
  ctx.report({
    messageId: 'rate',
    at: p.address,
    expected: `${expected}%`,
    actual: `${rate.value.toFixed()}%`,
    data: { phrase, amount: show(amount), base: show(base), expected, verb: verbOf(rate.sign, true), stated: rate.value.toFixed() },
  });
}

/** A rate written after 「较上年 Y 万元」 with no change amount: (X − Y) / Y, direction included. */
function checkBareRate(ctx: RuleContext, p: NarrativeParagraph, rate: RateMention, linked: ReadonlySet<RateMention>): void {
  if (linked.has(rate)) return;
  const before = p.parsed.amounts.filter((a) => a.sentence === rate.sentence && a.end <= rate.start);
  const prior = before[before.length - 1];
  const current = before[before.length - 2];
  if (!prior?.comparison || !current || current.change !== null || current.comparison) return;
  if (!/^[\s，,]*$/.test(p.parsed.text.slice(prior.end, rate.start))) return;
  const diff = p.verdicts.valueOf(current).minus(prior.value);
  if (prior.value.lte(0)) return;
  const phrase = quote(p.text, current.start, rate.end);
  if (!diff.isZero() && (diff.isNegative() ? -1 : 1) !== rate.sign) {
    ctx.report({ messageId: 'bareDirection', at: p.address, data: { phrase, rateVerb: verbOf(rate.sign, true), actualVerb: verbOf(diff.isNegative() ? -1 : 1, true) } });
    return;
  }
  reportRate(ctx, p, rate, phrase, diff.abs(), prior.value);
}

/** 「与上年持平」 in a sentence that states a non-zero change, or this year's and last year's figures that differ. */
function checkFlat(ctx: RuleContext, p: NarrativeParagraph): void {
  const text = p.parsed.text;
  for (const m of text.matchAll(new RegExp(FLAT.source, 'g'))) {
    const at = m.index ?? 0;
    const [from, to] = clauseAround(text, at);
    const change = p.parsed.changes.find((c) => c.amount.start >= from && c.amount.end <= to && !c.amount.value.isZero());
    const pair = pairBefore(p, at);
    const why = change
      ? `同一句写了${verbOf(change.sign, false)} ${show(change.amount.value)} 万元`
      : pair && !pair.diff.isZero()
        ? `本年 ${show(pair.current)} 万元与上年 ${show(pair.prior)} 万元相差 ${show(pair.diff.abs())} 万元`
        : null;
    if (why) ctx.report({ messageId: 'flat', at: p.address, data: { phrase: quote(p.text, Math.max(0, at - 8), at + m[0].length), why } });
  }
}

/** The clause around a position, between 「；」 or sentence ends (「其他支出无增减变化」 speaks of its own clause). */
function clauseAround(text: string, pos: number): [number, number] {
  const stop = /[；;。！？!?]/;
  let from = pos;
  while (from > 0 && !stop.test(text[from - 1])) from--;
  let to = pos;
  while (to < text.length && !stop.test(text[to])) to++;
  return [from, to];
}

function sentenceAt(text: string, pos: number): number {
  let n = 0;
  for (let i = 0; i < pos; i++) if (/[。！？!?]/.test(text[i])) n++;
  return n;
}

/** This year's and last year's figure written just before 「持平」 in its sentence (「3.00万元，与上年2.50万元持平」). */
function pairBefore(p: NarrativeParagraph, at: number): { current: Money; prior: Money; diff: Money } | null {
  const s = sentenceAt(p.parsed.text, at);
  const before = p.parsed.amounts.filter((a) => a.sentence === s && a.end <= at);
  const prior = before[before.length - 1];
  const current = before[before.length - 2];
  if (!prior?.comparison || !current || current.comparison || current.change !== null) return null;
  const value = p.verdicts.valueOf(current);
  return { current: value, prior: prior.value, diff: value.minus(prior.value) };
}

/** Recomputes every 「增长/下降 Y%」 from the figures, checks its direction, and 「持平」 against the figures. */
export const narrativeChangeRate = defineRule({
  id: 'narrative/change-rate',
  severity: 'error',
  description: '情况说明中「增长/下降…%」须等于增减额除以上年数，方向须与增减一致，「持平」不得与增减额并存',
  messages: {
    rate: '「{{phrase}}」增长率不符：{{amount}} ÷ {{base}} 万元 = {{expected}}%，文中写{{verb}} {{stated}}%。',
    direction: '「{{phrase}}」增减方向前后矛盾：增减额写“{{amountVerb}}”，增长率写“{{rateVerb}}”。',
    bareDirection: '「{{phrase}}」增减方向不符：按本年数和上年数应为“{{actualVerb}}”，文中写“{{rateVerb}}”。',
    flat: '「{{phrase}}」写“持平/无增减”，但{{why}}。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      const linked = new Set<RateMention>();
      for (const c of p.parsed.changes) {
        if (c.rate) linked.add(c.rate);
        checkChange(ctx, p, c);
      }
      for (const r of p.parsed.rates) checkBareRate(ctx, p, r, linked);
      checkFlat(ctx, p);
    }
  },
});
