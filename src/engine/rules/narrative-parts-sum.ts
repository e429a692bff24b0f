// 「X万元，其中 A a万元，B b万元」: the parts a clerk lists under a whole must add up to it.
import { Decimal, ZERO, type Money } from '../money';
import type { AmountMention, ParsedText } from '../narrative/parse-figures';
import { keyLabel, type FigureKey } from '../narrative/label-keys';
import type { ParagraphVerdicts } from '../narrative/verdicts';
import { defineRule, type RuleContext } from './define-rule';
import { narrativeParagraphs, show, type NarrativeParagraph } from './narrative-shared';

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

/** A figure of a sum: a written amount, or a signed change built from one. */
interface Term {
  value: Money;
  decimals: number;
  /** The written amount, when the term is one (changes are signed copies). */
  mention: AmountMention | null;
  name: string;
}

interface Sum {
  whole: Term;
  name: string;
  parts: Term[];
}

function term(a: AmountMention, v: ParagraphVerdicts): Term {
  const wrong = v.isWrong(a);
  return { value: v.valueOf(a), decimals: wrong ? 2 : a.decimals, mention: a, name: a.key ? keyLabel(a.key) : a.label };
}

/** Rounding slack when a figure is written with fewer than two decimals (「2655.8」, 「3万元」). */
function slack(items: { decimals: number }[]): Money {
  return items.reduce((acc, i) => (i.decimals < 2 ? acc.plus(new Decimal(5).times(new Decimal(10).pow(-i.decimals - 1))) : acc), ZERO);
}

function levels(parsed: ParsedText): AmountMention[] {
  return parsed.amounts.filter((a) => a.change === null && !a.comparison);
}

function familySums(parsed: ParsedText, v: ParagraphVerdicts): Sum[] {
  const out: Sum[] = [];
  const all = levels(parsed);
  for (const f of FAMILIES) {
    for (const whole of all.filter((a) => a.key === f.whole && !(f.whole === 'total' && /收入/.test(a.label)))) {
      const after = all.filter((a) => a.sentence === whole.sentence && a.start > whole.start);
      const pick = (k: FigureKey) => after.find((a) => a.key === k);
      const parts = f.parts.map(pick);
      if (parts.some((p) => !p)) continue;
      const extra = (f.optional ?? []).map(pick).filter((p): p is AmountMention => !!p);
      out.push({ whole: term(whole, v), name: keyLabel(f.whole), parts: [...(parts as AmountMention[]), ...extra].map((p) => term(p, v)) });
      break;
    }
  }
  return out;
}

function incomeSums(parsed: ParsedText, v: ParagraphVerdicts): Sum[] {
  const all = levels(parsed);
  const whole = all.find((a) => a.key === 'total' && /收入/.test(a.label));
  if (!whole) return [];
  const qz = parsed.text.indexOf('其中', whole.end);
  const parts = all.filter((a) => a.sentence === whole.sentence && qz >= 0 && a.start > qz);
  const sameSentence = qz >= 0 && !/[。！？]/.test(parsed.text.slice(whole.end, qz));
  return parts.length >= 2 && sameSentence ? [{ whole: term(whole, v), name: '收入', parts: parts.map((p) => term(p, v)) }] : [];
}

function changeSums(parsed: ParsedText): Sum[] {
  const total = parsed.changes.find((c) => c.key === 'total');
  if (!total) return [];
  const parts = (['basic', 'project', 'otherExpenditure'] as const)
    .map((k) => parsed.changes.find((c) => c.key === k))
    .filter((c): c is NonNullable<typeof c> => !!c);
  if (parts.length < 2) return [];
  const signed = (v: Money, s: 1 | -1) => (s === 1 ? v : v.negated());
  const changeTerm = (c: (typeof parts)[number]): Term => ({
    value: signed(c.amount.value, c.sign), decimals: c.amount.decimals, mention: null, name: `${keyLabel(c.key ?? 'total')}增减额`,
  });
  return [{ whole: changeTerm(total), name: '增减额', parts: parts.map(changeTerm) }];
}

function total(terms: readonly Term[]): Money {
  return terms.reduce((acc, x) => acc.plus(x.value), ZERO);
}

/**
 * Which figure breaks the sum, when the tables can tell: the one figure they do not confirm. The whole when
 * every part is confirmed; a part when the whole and all other parts are. Otherwise null (a tie).
 */
function culprit(s: Sum, v: ParagraphVerdicts): Term | null {
  const confirmed = (t: Term) => t.mention !== null && v.isConfirmed(t.mention);
  const open = [s.whole, ...s.parts].filter((t) => !confirmed(t));
  return open.length === 1 ? open[0] : null;
}

function reportSum(ctx: RuleContext, p: NarrativeParagraph, s: Sum): void {
  const parts = total(s.parts);
  const wrong = culprit(s, p.verdicts);
  if (wrong === s.whole) {
    ctx.report({ messageId: 'whole', at: p.address, expected: show(parts), actual: show(s.whole.value), data: { name: s.name } });
  } else if (wrong) {
    const others = parts.minus(wrong.value);
    ctx.report({
      messageId: 'part',
      at: p.address,
      expected: show(s.whole.value.minus(others)),
      actual: show(wrong.value),
      data: { name: s.name, whole: show(s.whole.value), part: wrong.name },
    });
  } else {
    ctx.report({ messageId: 'tie', at: p.address, data: { name: s.name, whole: show(s.whole.value), sum: show(parts) } });
  }
}

/** Checks that listed parts add up to their whole: 支出 = 基本 + 项目, 基本 = 人员 + 公用, "三公" parts, 收入来源, 增减额. */
export const narrativePartsSum = defineRule({
  id: 'narrative/parts-sum',
  severity: 'error',
  description: '情况说明中「其中…」所列各项之和须等于总数（收入、支出、基本支出、“三公”经费、增减额）',
  messages: {
    whole: '情况说明中{{name}} {{actual}} 万元与其后所列各项之和 {{expected}} 万元不符（所列各项与表格一致，总数应为 {{expected}} 万元）。',
    part: '情况说明中{{part}} {{actual}} 万元与{{name}}不符：{{name}} {{whole}} 万元减去其他各项后，{{part}}应为 {{expected}} 万元。',
    tie: '情况说明中{{name}} {{whole}} 万元与其后所列各项之和 {{sum}} 万元不符，请核对总数和各项中哪一处有误。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      const sums = [...incomeSums(p.parsed, p.verdicts), ...familySums(p.parsed, p.verdicts), ...changeSums(p.parsed)];
      for (const s of sums) {
        const diff = total(s.parts).minus(s.whole.value).abs();
        if (diff.lte(slack([s.whole, ...s.parts]))) continue;
        reportSum(ctx, p, s);
      }
    }
  },
});
