// 「X万元，其中 A a万元，B b万元」: the parts a clerk lists under a whole must add up to it.
import { Decimal, ZERO, type Money } from '../money';
import type { AmountMention, ParsedText } from '../narrative/parse-figures';
import { keyLabel, type FigureKey } from '../narrative/label-keys';
import { defineRule } from './define-rule';
import { narrativeParagraphs, show } from './narrative-shared';

interface Family {
  whole: FigureKey;
  parts: FigureKey[];
  optional?: FigureKey[];
}

/** Wholes and the parts that exhaust them (a part list that is not exhaustive is never checked). */
const FAMILIES: readonly Family[] = [
  { whole: 'basic', parts: ['personnel', 'public'] },
  { whole: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'] },
  { whole: 'threePublic', parts: ['abroad', 'vehicle', 'reception'] },
  { whole: 'total', parts: ['basic', 'project'], optional: ['otherExpenditure'] },
];

interface Sum {
  whole: AmountMention | { value: Money; decimals: number; text: string };
  name: string;
  parts: { value: Money; decimals: number }[];
}

/** Rounding slack when a figure is written with fewer than two decimals (「2655.8」, 「3万元」). */
function slack(items: { decimals: number }[]): Money {
  return items.reduce((acc, i) => (i.decimals < 2 ? acc.plus(new Decimal(5).times(new Decimal(10).pow(-i.decimals - 1))) : acc), ZERO);
}

function familySums(parsed: ParsedText): Sum[] {
  const out: Sum[] = [];
  const levels = parsed.amounts.filter((a) => a.change === null && !a.comparison);
  for (const f of FAMILIES) {
    for (const whole of levels.filter((a) => a.key === f.whole && !(f.whole === 'total' && /收入/.test(a.label)))) {
      const after = levels.filter((a) => a.sentence === whole.sentence && a.start > whole.start);
      const pick = (k: FigureKey) => after.find((a) => a.key === k);
      const parts = f.parts.map(pick);
      if (parts.some((p) => !p)) continue;
      const extra = (f.optional ?? []).map(pick).filter((p): p is AmountMention => !!p);
      out.push({ whole, name: keyLabel(f.whole), parts: [...(parts as AmountMention[]), ...extra] });
      break;
    }
  }
  return out;
}

function incomeSums(parsed: ParsedText): Sum[] {
  const levels = parsed.amounts.filter((a) => a.change === null && !a.comparison);
  const whole = levels.find((a) => a.key === 'total' && /收入/.test(a.label));
  if (!whole) return [];
  const qz = parsed.text.indexOf('其中', whole.end);
  const parts = levels.filter((a) => a.sentence === whole.sentence && qz >= 0 && a.start > qz);
  const sameSentence = qz >= 0 && !/[。！？]/.test(parsed.text.slice(whole.end, qz));
  return parts.length >= 2 && sameSentence ? [{ whole, name: '收入', parts }] : [];
}

function changeSums(parsed: ParsedText): Sum[] {
  const total = parsed.changes.find((c) => c.key === 'total');
  if (!total) return [];
  const parts = (['basic', 'project', 'otherExpenditure'] as const)
    .map((k) => parsed.changes.find((c) => c.key === k))
    .filter((c): c is NonNullable<typeof c> => !!c);
  if (parts.length < 2) return [];
  const signed = (v: Money, s: 1 | -1) => (s === 1 ? v : v.negated());
  return [{
    whole: { value: signed(total.amount.value, total.sign), decimals: total.amount.decimals, text: total.amount.text },
    name: '增减额',
    parts: parts.map((c) => ({ value: signed(c.amount.value, c.sign), decimals: c.amount.decimals })),
  }];
}

/** Checks that listed parts add up to their whole: 支出 = 基本 + 项目, 基本 = 人员 + 公用, "三公" parts, 收入来源, 增减额. */
export const narrativePartsSum = defineRule({
  id: 'narrative/parts-sum',
  severity: 'error',
  description: '情况说明中「其中…」所列各项之和须等于总数（收入、支出、基本支出、“三公”经费、增减额）',
  messages: {
    mismatch: '情况说明中{{name}} {{expected}} 万元与其后所列各项之和 {{actual}} 万元不符。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      for (const s of [...incomeSums(p.parsed), ...familySums(p.parsed), ...changeSums(p.parsed)]) {
        const total = s.parts.reduce((acc, x) => acc.plus(x.value), ZERO);
        if (total.minus(s.whole.value).abs().lte(slack([s.whole, ...s.parts]))) continue;
        ctx.report({
          messageId: 'mismatch',
          at: p.address,
          expected: show(s.whole.value),
          actual: show(total),
          data: { name: s.name },
        });
      }
    }
  },
});
