// Lookups over a table's rows built once per table, so rules that ask "the children of this row" or "the row
// with this code" for every row stay linear on tables of 100k rows instead of scanning all rows each time.
import type { BudgetTable, RowLevel, TableRow } from '../../tables/types';

/** Longer codes are not indexed by prefix (no real code is this long); they are scanned instead. */
const MAX_INDEXED_CODE = 16;

/** Coded rows by level, and by level + prefix of their code, in sheet order. */
export interface TreeIndex {
  /** Rows of the coded tree (not the two-sided summaries' lines, which have a side). */
  rows: TableRow[];
  byLevel: Map<RowLevel, TableRow[]>;
  /** Level -> prefix -> rows, for prefixes as long as some row's code (children are asked for by a row's code). */
  byPrefix: Map<RowLevel, Map<string, TableRow[]>>;
  /** Code lengths indexed in `byPrefix`; other prefixes are answered by a scan of the level's rows. */
  prefixLengths: Set<number>;
  /** Rows whose code is too long to index by prefix, by level. */
  longCodes: Map<RowLevel, TableRow[]>;
  /** Position of each row in `rows`, to merge buckets back into sheet order. */
  position: Map<TableRow, number>;
}

interface Memo<T> {
  rows: readonly TableRow[];
  length: number;
  value: T;
}

function memoized<T>(cache: WeakMap<BudgetTable, Memo<T>>, t: BudgetTable, build: () => T): T {
  const hit = cache.get(t);
  if (hit && hit.rows === t.rows && hit.length === t.rows.length) return hit.value;
  const value = build();
  cache.set(t, { rows: t.rows, length: t.rows.length, value });
  return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const treeCache = new WeakMap<BudgetTable, Memo<TreeIndex>>();

function buildTree(t: BudgetTable): TreeIndex {
  const rows = t.rows.filter((r) => r.side === undefined);
  const prefixLengths = new Set<number>();
  for (const r of rows) if (r.code && r.code.length <= MAX_INDEXED_CODE) prefixLengths.add(r.code.length);
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  const index: TreeIndex = { rows, byLevel: new Map(), byPrefix: new Map(), prefixLengths, longCodes: new Map(), position: new Map() };
  rows.forEach((r, i) => {
    index.position.set(r, i);
    push(index.byLevel, r.level, r);
    if (!r.code) return;
    if (r.code.length > MAX_INDEXED_CODE) {
      push(index.longCodes, r.level, r);
      return;
    }
    let byCode = index.byPrefix.get(r.level);
    if (!byCode) index.byPrefix.set(r.level, (byCode = new Map()));
    for (const n of lengths) if (n <= r.code.length) push(byCode, r.code.slice(0, n), r);
  });
  return index;
}

/** The tree index of a table, built on first use and reused while its rows are unchanged. */
export function treeIndex(t: BudgetTable): TreeIndex {
  return memoized(treeCache, t, () => buildTree(t));
}

/** Rows of `level` whose code starts with `prefix` (a superset callers filter further), in sheet order. */
export function rowsWithPrefix(index: TreeIndex, level: RowLevel, prefix: string): TableRow[] {
  const indexed = prefix.length <= MAX_INDEXED_CODE ? indexedWithPrefix(index, level, prefix) : [];
  const long = (index.longCodes.get(level) ?? []).filter((r) => (r.code ?? '').startsWith(prefix));
  if (long.length === 0) return indexed;
  const pos = (r: TableRow) => index.position.get(r) ?? 0;
  return [...indexed, ...long].sort((a, b) => pos(a) - pos(b));
}

function indexedWithPrefix(index: TreeIndex, level: RowLevel, prefix: string): TableRow[] {
  if (prefix === '') return [];
  if (index.prefixLengths.has(prefix.length)) return index.byPrefix.get(level)?.get(prefix) ?? [];
  // No row has a code this long: scan the level's rows (sheet order) for indexable codes with this prefix.
  const rows = index.byLevel.get(level) ?? [];
  return rows.filter((r) => r.code !== null && r.code.length <= MAX_INDEXED_CODE && r.code.startsWith(prefix));
}

const codeCache = new WeakMap<BudgetTable, Memo<Map<string, TableRow[]>>>();

/** Rows that can be matched by code (no side, not 明细), by code, in sheet order. */
export function rowsByCode(t: BudgetTable): Map<string, TableRow[]> {
  return memoized(codeCache, t, () => {
    const map = new Map<string, TableRow[]>();
    for (const r of t.rows) if (r.code !== null && r.side === undefined && r.level !== 'detail') push(map, r.code, r);
    return map;
  });
}
