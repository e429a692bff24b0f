// 「X 较上年 Y 增加/减少 Z」 must satisfy X − Y = ±Z: the change a clerk states must follow from the two figures.
import { ZERO, percentOf, type Money } from '../money';
import type { ChangeStatement } from '../narrative/parse-figures';
import { defineRule } from './define-rule';
import { narrativeParagraphs, quote, show, type NarrativeParagraph } from './narrative-shared';

/** True when the written rate is what `change` over `base` gives, at the precision written. */
function rateFits(c: ChangeStatement, change: Money, base: Money): boolean {
  if (!c.rate || base.isZero()) return false;
  const pct = percentOf(change.abs(), base.abs(), c.rate.decimals);
  return pct === c.rate.value.toFixed(c.rate.decimals) && (change.isZero() || (change.isNegative() ? -1 : 1) === c.rate.sign);
}

type Culprit = { wrong: 'prior' | 'change'; why: string } | null;

const signed = (c: ChangeStatement): Money => (c.sign === 1 ? c.amount.value : c.amount.value.negated());

/** True when the total change equals the changes listed for 基本支出 and 项目支出 (「其中：基本支出减少…」). */
function partsConfirm(c: ChangeStatement, all: readonly ChangeStatement[]): boolean {
  if (c.key !== 'total') return false;
  const parts = (['basic', 'project'] as const).map((k) => all.find((x) => x !== c && x.key === k));
  if (parts.some((x) => !x)) return false;
  const total = parts.reduce((acc, x) => acc.plus(signed(x as ChangeStatement)), ZERO);
  return total.equals(signed(c));
}

/**
 * Which figure is wrong when X − Y ≠ ±Z (X comes from the tables or is confirmed by them): a written rate
 * breaks the tie (it agrees with Z over X − Z: the prior figure is wrong; with (X − Y) over Y: the change is), and
 * so do the part changes listed after a total change (they add up to Z: the prior figure is wrong).
 */
function culpritOf(c: ChangeStatement, current: Money, stated: Money, all: readonly ChangeStatement[]): Culprit {
  const prior = c.prior?.value;
  if (!prior) return null;
  const priorFromChange = current.minus(stated);
  if (rateFits(c, stated, priorFromChange)) return { wrong: 'prior', why: '文中的增长率' };
  if (partsConfirm(c, all)) return { wrong: 'prior', why: '其后所列各项增减额之和' };
  if (rateFits(c, current.minus(prior), prior)) return { wrong: 'change', why: '文中的增长率' };
  return null;
}

function check(p: NarrativeParagraph, c: ChangeStatement) {
  if (!c.current || !c.prior) return null;
  const current = p.verdicts.valueOf(c.current);
  const diff = current.minus(c.prior.value);
  const stated = c.sign === 1 ? c.amount.value : c.amount.value.negated();
  if (diff.equals(stated)) return null;
  const places = Math.max(c.current.decimals, c.prior.decimals, c.amount.decimals);
  const implied = current.minus(stated);
  const culprit = culpritOf(c, current, stated, p.parsed.changes);
  const data = {
    phrase: quote(p.text, c.current.start + 16, c.amount.end),
    current: show(current, places),
    prior: show(c.prior.value, places),
    diff: show(diff, places),
    verb: c.sign === 1 ? '增加' : '减少',
    amount: show(c.amount.value, places),
    implied: show(implied, places),
  };
  if (culprit?.wrong === 'prior') {
    return { messageId: 'prior', expected: show(implied, places), actual: show(c.prior.value, places), data: { ...data, why: culprit.why } };
  }
  if (culprit?.wrong === 'change') {
    return { messageId: 'change', expected: show(diff, places), actual: show(stated, places), data: { ...data, why: culprit.why } };
  }
  return { messageId: 'wrong', expected: null, actual: null, data };
}

/** Checks the arithmetic of every change statement that gives both this year's and last year's figure. */
export const narrativeChangeArithmetic = defineRule({
  id: 'narrative/change-arithmetic',
  severity: 'error',
  description: '情况说明中「较上年…增加/减少…」的增减额须等于本年数与上年数之差',
  messages: {
    wrong:
      '「{{phrase}}」计算不符：{{current}} − {{prior}} = {{diff}} 万元，文中写{{verb}} {{amount}} 万元' +
      '（若增减额无误，上年数应为 {{implied}} 万元）。',
    prior:
      '「{{phrase}}」计算不符：{{current}} − {{prior}} = {{diff}} 万元，而增减额与{{why}}一致，' +
      '上年数应为 {{implied}} 万元，文中写 {{prior}} 万元。',
    change: '「{{phrase}}」中增减额有误：{{current}} − {{prior}} = {{diff}} 万元（与{{why}}一致），文中写{{verb}} {{amount}} 万元。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      for (const c of p.parsed.changes) {
        const r = check(p, c);
        if (r) ctx.report({ at: p.address, ...r });
      }
    }
  },
});
