// Is a wrong figure one slip of the keyboard away from the right one? (Scholtus 2009, as in deductive::correct_typos:
// two adjacent digits swapped, one digit wrong, a digit dropped or typed twice, a shifted decimal point, a lost sign.)
// A correction that is such a slip is more likely than one that is not, and the clerk is told which slip it was.
import { Decimal, type Money } from '../money';

/** The kinds of single typing error. */
export type TypoKind = 'transposition' | 'digit' | 'missing-digit' | 'extra-digit' | 'decimal-point' | 'sign';

const MAX_SHIFT = 4;

/** Digits of |m| with `places` decimals and no point: 95.64 at 2 places -> "9564". */
function digits(m: Money, places: number): string {
  return m.abs().toFixed(places, Decimal.ROUND_HALF_UP).replace('.', '').replace(/^0+(?=\d)/, '');
}

function oneDigitApart(a: string, b: string): TypoKind | null {
  if (a.length !== b.length) return null;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return 'digit';
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 'transposition';
  return null;
}

/** True when deleting one character of `longer` gives `shorter`. */
function oneDeleted(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The single typing error that turns `right` into `typed`, or null when there is none. */
export function typoKind(typed: Money, right: Money): TypoKind | null {
  // A blank or zero cell is a figure left out, not a slip of the keyboard.
  if (typed.equals(right) || typed.isZero() || right.isZero()) return null;
  if (!right.isZero() && typed.equals(right.negated())) return 'sign';
  if (!right.isZero() && !typed.isZero() && typed.isNegative() === right.isNegative()) {
    for (let k = 1; k <= MAX_SHIFT; k++) {
      const f = new Decimal(10).pow(k);
      if (typed.equals(right.times(f)) || typed.equals(right.dividedBy(f))) return 'decimal-point';
    }
  }
  if (typed.isNegative() !== right.isNegative() && !typed.isZero() && !right.isZero()) return null;
  const places = Math.max(2, typed.decimalPlaces(), right.decimalPlaces());
  const a = digits(typed, places);
  const b = digits(right, places);
  const same = oneDigitApart(a, b);
  if (same) return same;
  if (oneDeleted(a, b)) return 'extra-digit';
  if (oneDeleted(b, a)) return 'missing-digit';
  return null;
}

/** How a clerk reads each kind of slip. */
export const TYPO_WORDS: Record<TypoKind, string> = {
  transposition: '两位数字颠倒',
  digit: '一位数字输错',
  'missing-digit': '漏输了一位数字',
  'extra-digit': '多输了一位数字',
  'decimal-point': '小数点位置错误',
  sign: '正负号错误',
};
