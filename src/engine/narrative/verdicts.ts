// One verdict per figure of a paragraph against the tables, shared by every narrative check so that one wrong
// figure gives one finding: relations (parts, changes, shares) are re-evaluated with the wrong figures corrected.
import { roundTo, type Money } from '../money';
import type { CellAddress } from '../grid/types';
import { candidatesFor } from './candidates';
import type { BudgetFacts } from './facts';
import type { FigureKey } from './label-keys';
import type { AmountMention, ParsedText } from './parse-figures';
import { originOf } from './table-lookup';

/** What the tables say about one written figure. */
export type FigureVerdict =
  /** The tables determine the figure and the text agrees (at the precision written). */
  | { status: 'confirmed' }
  /** The tables determine the figure and the text disagrees: `expected` is the table's value. */
  | { status: 'wrong'; key: FigureKey; expected: Money; origin?: CellAddress }
  /** The tables do not determine it (a prior-year figure, a change, a project line, no table). */
  | { status: 'unknown' };

/** True when `table` (exact) reads as `written` at the precision the clerk wrote (2655.80 = 「2655.8」). */
export function sameAsWritten(table: Money, written: Money, decimals: number): boolean {
  return roundTo(table, decimals).equals(written);
}

/** 「2020年预算收入…」 in a 2021 说明 speaks of another year (固定资产 are stated at the previous year-end). */
export function isOtherYear(label: string, key: string, year: number | null): boolean {
  if (year === null || key === 'fixedAssets') return false;
  const years = [...label.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  return years.length > 0 && !years.includes(year);
}

function verdictOf(a: AmountMention, facts: BudgetFacts): FigureVerdict {
  if (!a.key || a.change !== null || a.comparison || isOtherYear(a.label, a.key, facts.year)) return { status: 'unknown' };
  const candidates = candidatesFor(a.key, facts);
  if (candidates.length === 0) return { status: 'unknown' };
  if (candidates.some((c) => sameAsWritten(c, a.value, a.decimals))) return { status: 'confirmed' };
  return { status: 'wrong', key: a.key, expected: candidates[0], origin: originOf(candidates[0]) };
}

/** The verdicts of a paragraph's figures, and their values once the wrong ones are corrected. */
export class ParagraphVerdicts {
  private readonly byMention = new Map<AmountMention, FigureVerdict>();

  constructor(parsed: ParsedText, facts: BudgetFacts) {
    for (const a of parsed.amounts) this.byMention.set(a, verdictOf(a, facts));
  }

  /** The verdict of one figure of this paragraph. */
  of(a: AmountMention): FigureVerdict {
    return this.byMention.get(a) ?? { status: 'unknown' };
  }

  /** True when the tables confirm the figure as written. */
  isConfirmed(a: AmountMention): boolean {
    return this.of(a).status === 'confirmed';
  }

  /** True when the tables say the figure is wrong (another check reports it, with the right value). */
  isWrong(a: AmountMention): boolean {
    return this.of(a).status === 'wrong';
  }

  /** The figure as it should read: the table's value when the text is wrong, else the text's value. */
  valueOf(a: AmountMention): Money {
    const v = this.of(a);
    return v.status === 'wrong' ? v.expected : a.value;
  }
}
