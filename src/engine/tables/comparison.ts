// Comparison columns: 上年预算数 / 本年预算数 / 增减额 / 增减率. Which year a 「2020年预算数」 column holds is known
// only against the book's year (a 2021 book: prior); the this-year column is the table's figure (its 合计).
import { cleanLabel } from './columns';

const PRIOR_GROUP = /^上年/;
const CURRENT_GROUP = /^(本年|本年度|当年)/;
const YEAR_GROUP = /^((?:19|20)\d{2})年/;
/** Leaf keys that stand for "the figure" of their group (上年 / 合计 …). */
const GENERIC_LEAVES = new Set(['total', 'amount', 'current', 'grandTotal']);

interface KeyedColumn {
  key: string | null;
  path: string[];
}

/** The year a column's own label names ("year:2020" keys and group labels alike), or null. */
function yearIn(label: string): number | null {
  const m = YEAR_GROUP.exec(cleanLabel(label));
  return m ? Number(m[1]) : null;
}

/**
 * The book year the comparison is made for: the table's year, else the latest year a column names (a header with
 * 2020 and 2021 columns is a 2021 book), else none.
 */
function currentYear(columns: readonly KeyedColumn[], year: number | null): number | null {
  if (year !== null) return year;
  const years = columns.flatMap((c) => c.path.map(yearIn)).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

/** 'prior' / 'current' for a label naming a year or 上年 / 本年, else null. */
function sideOf(label: string, current: number | null): 'prior' | 'current' | 'other' | null {
  const t = cleanLabel(label);
  if (PRIOR_GROUP.test(t) && !/结转/.test(t)) return 'prior';
  if (CURRENT_GROUP.test(t) && !/收入|支出/.test(t)) return 'current';
  const y = yearIn(t);
  if (y === null) return null;
  if (current === null || y === current) return 'current';
  return y < current ? 'prior' : 'other';
}

/** The key of one column once its year is known. */
function resolveKey(c: KeyedColumn, current: number | null): string | null {
  const key = c.key;
  const groups = c.path.slice(0, -1);
  const leaf = c.path[c.path.length - 1] ?? '';
  const own = key !== null && key.startsWith('year:') ? sideOf(leaf, current) : null;
  if (own === 'other') return 'ignore';
  if (own) return own;
  const side = groups.map((g) => sideOf(g, current)).find((s) => s !== null) ?? null;
  if (side === null || key === null) return key;
  if (side === 'other') return 'ignore';
  // Under 本年 / the book's year the columns keep their keys (2020年 over 合计, 基本支出 … in a 2020 book).
  if (side === 'current') return key === 'amount' ? 'current' : key;
  return GENERIC_LEAVES.has(key) || key === 'prior' ? 'prior' : `prior:${key}`;
}

/**
 * Header columns with comparison keys resolved: year columns become prior / current, columns under a 上年 group
 * become prior (or prior:<key>), and the this-year figure becomes `total` where the table has no 合计 column.
 */
export function resolveComparison<T extends KeyedColumn>(columns: readonly T[], year: number | null): T[] {
  const current = currentYear(columns, year);
  const resolved = columns.map((c) => ({ ...c, key: resolveKey(c, current) }));
  const comparing = resolved.some((c) => c.key === 'prior' || c.key === 'change' || c.key === 'changeRate');
  const hasTotal = resolved.some((c) => c.key === 'total' || c.key === 'grandTotal');
  return resolved.map((c) => {
    if (c.key === 'current' && !hasTotal) return { ...c, key: 'total' };
    // A lone 预算数 beside 上年预算数 is this year's figure.
    if (c.key === 'amount' && comparing && !hasTotal) return { ...c, key: 'total' };
    return c;
  });
}
