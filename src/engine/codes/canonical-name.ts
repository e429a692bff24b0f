// The one place names are normalized before comparison, so every rule agrees on what "the same name" means.
import { memoByText } from '../text-memo';
import { INVISIBLE_CHARS } from './invisible';

const BRACKETS = /[()[\]{}（）【】〔〕［］｛｝]/g;
const SPACES = /[\s\u3000\u00a0\u200b]+/g;

/** Names already normalized; bounded (cleared when full) so odd input cannot grow it without end. */
const CANONICAL = new Map<string, string>();
const MAX_CACHED_NAMES = 10_000;

/**
 * A name as compared against the dictionaries: full-width and half-width forms folded (NFKC),
 * spaces, line breaks and invisible characters (U+200B, U+FEFF …) removed, brackets ignored
 * ("维修（护）费" = "维修(护)费" = "维修护费").
 */
export function canonicalName(name: string): string {
  // A workbook repeats a few hundred names over its rows (100k in consolidated ones): normalize each once.
  const hit = CANONICAL.get(name);
  if (hit !== undefined) return hit;
  const canonical = name.normalize('NFKC').replace(INVISIBLE_CHARS, '').replace(SPACES, '').replace(BRACKETS, '');
  if (CANONICAL.size >= MAX_CACHED_NAMES) CANONICAL.clear();
  CANONICAL.set(name, canonical);
  return canonical;
}

const NUMBERING = /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])\s*/;

/** A printed line without its numbering ("二十、住房保障支出" -> "住房保障支出"). */
export function stripNumbering(name: string): string {
  return name.replace(NUMBERING, '');
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The ordinal a printed line starts with ("三十一、人行科目" -> 31, "5、" -> 5), or null. */
export function ordinalOf(name: string): number | null {
  return ordinalMemo(name);
}

const ordinalMemo = memoByText(ordinalIn);

function ordinalIn(name: string): number | null {
  const m = /^\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]/.exec(name);
  if (!m) return null;
  if (/^\d+$/.test(m[1])) return Number(m[1]);
  const [tensText, onesText] = m[1].includes('十') ? m[1].split('十') : ['', m[1]];
  const tens = m[1].includes('十') ? (tensText === '' ? 1 : DIGITS[tensText] ?? NaN) : 0;
  const ones = onesText === '' ? 0 : DIGITS[onesText] ?? NaN;
  const n = tens * 10 + ones;
  return Number.isNaN(n) || n === 0 ? null : n;
}
