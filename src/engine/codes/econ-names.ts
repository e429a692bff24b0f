// Matching code-less economic rows (Henan tables print names only) to codes, with real-world name variants.
import { canonicalName } from './canonical-name';
import type { Classification, CodeBook, CodeEntry } from './types';

/** Names clerks really print for a code (seed 002, Henan 2020), name -> code; accepted without comment. */
export const ECONOMIC_NAME_VARIANTS: ReadonlyMap<string, { cls: Classification; code: string }> = new Map([
  ['机关事业单位基本养老保险费', { cls: 'economic-dept', code: '30108' }],
  ['其他社会保障性缴费', { cls: 'economic-dept', code: '30112' }],
]);

/** How a name was matched: the current name, a known variant, or a former name of the code. */
export type NameMatch = { entry: CodeEntry; via: 'current' | 'variant' | 'former' };

function formerMatch(book: CodeBook, cls: Classification, year: number, key: string, prefix: string[]): NameMatch | undefined {
  for (const code of prefix) {
    const entry = book.lookup(cls, year, code);
    if (entry?.formerNames?.some((n) => canonicalName(n) === key)) return { entry, via: 'former' };
  }
  return undefined;
}

const FIRST_DIGIT: Record<Classification, string> = { functional: '2', 'economic-dept': '3', 'economic-gov': '5' };

/** Every 类 and 款 of an economic classification the book knows for a year (the interface has no listing). */
export function economicCodes(book: CodeBook, cls: Classification, year: number): string[] {
  const out: string[] = [];
  const two = (n: number): string => String(n).padStart(2, '0');
  for (let c = 1; c <= 99; c++) {
    const cl = `${FIRST_DIGIT[cls]}${two(c)}`;
    if (!book.lookup(cls, year, cl)) continue;
    out.push(cl);
    for (let s = 1; s <= 99; s++) if (book.lookup(cls, year, `${cl}${two(s)}`)) out.push(`${cl}${two(s)}`);
  }
  return out;
}

/** The code a printed economic name stands for in a year (current name, known variant, alias, former name). */
export function matchEconomicName(book: CodeBook, cls: Classification, year: number, name: string): NameMatch | undefined {
  const key = canonicalName(name);
  const current = book.findByName(cls, year, name);
  if (current.length > 0) return { entry: current[0], via: 'current' };
  for (const [variant, target] of ECONOMIC_NAME_VARIANTS) {
    if (target.cls !== cls || canonicalName(variant) !== key) continue;
    const entry = book.lookup(cls, year, target.code);
    if (entry) return { entry, via: 'variant' };
  }
  const candidates = economicCodes(book, cls, year);
  const aliased = candidates
    .map((c) => book.lookup(cls, year, c))
    .find((e) => e?.aliases?.some((n) => canonicalName(n) === key));
  if (aliased) return { entry: aliased, via: 'current' };
  return formerMatch(book, cls, year, key, candidates);
}
