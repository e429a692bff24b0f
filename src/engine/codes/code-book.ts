// The CodeBook every rule reads: built-in dictionaries per year, overridden by imported 科目表.
import { canonicalName } from './canonical-name';
import { ECONOMIC_DEPT_SERIES } from './data/economic-dept';
import { ECONOMIC_GOV_SERIES } from './data/economic-gov';
import { FUNCTIONAL_SERIES } from './data/functional';
import type { ImportedCodeTable } from './imported';
import type { Classification, CodeBook, CodeEntry } from './types';
import { parentCode, resolveSeries, type YearTable } from './year-table';

type BuiltIn = ReadonlyMap<Classification, ReadonlyMap<number, YearTable>>;

let builtIn: BuiltIn | undefined;

function builtInTables(): BuiltIn {
  if (!builtIn) {
    const byYear = (tables: YearTable[]): ReadonlyMap<number, YearTable> => new Map(tables.map((t) => [t.year, t]));
    builtIn = new Map([
      ['functional', byYear(resolveSeries(FUNCTIONAL_SERIES))],
      ['economic-dept', byYear(resolveSeries(ECONOMIC_DEPT_SERIES))],
      ['economic-gov', byYear(resolveSeries(ECONOMIC_GOV_SERIES))],
    ]);
  }
  return builtIn;
}

/** The classification a code belongs to, from its first digit (2 功能, 3 部门经济, 5 政府经济). */
export function classificationOf(code: string): Classification | null {
  if (code.startsWith('2')) return 'functional';
  if (code.startsWith('3')) return 'economic-dept';
  if (code.startsWith('5')) return 'economic-gov';
  return null;
}

/** Imported entries of one classification that apply to a year (later imports win). */
function importedMap(imported: readonly ImportedCodeTable[], cls: Classification, year: number): Map<string, string> {
  const map = new Map<string, string>();
  for (const t of imported) {
    if (t.year !== null && t.year !== year) continue;
    for (const e of t.entries) if (e.cls === cls) map.set(e.code, e.name);
  }
  return map;
}

function importedSource(imported: readonly ImportedCodeTable[], cls: Classification, year: number): string | undefined {
  const hits = imported.filter((t) => (t.year === null || t.year === year) && t.entries.some((e) => e.cls === cls));
  return hits.length > 0 ? hits[hits.length - 1].source : undefined;
}

/** Share of the built-in codes an import must list to count as a full official table. */
const FULL_TABLE_SHARE = 0.8;

/** An import's codes for one classification and year, and whether it is a full official table. */
interface ImportIndex {
  names: Map<string, string>;
  full: boolean;
}

function indexImport(names: Map<string, string>, builtIn: YearTable | undefined): ImportIndex {
  if (names.size === 0 || !builtIn) return { names, full: false };
  let listed = 0;
  for (const code of builtIn.entries.keys()) if (names.has(code)) listed++;
  return { names, full: listed >= FULL_TABLE_SHARE * builtIn.entries.size };
}

/**
 * True when absence from the import means "does not exist": the import is a full official table (it lists
 * most of what we know) and lists the code's parent. A partial import (only the codes a department uses)
 * adds and renames codes but never turns a real code into an error.
 */
function importCovers(index: ImportIndex, code: string): boolean {
  const parent = parentCode(code);
  return index.full && (parent === '' || index.names.has(parent));
}

function mergeImported(builtInEntry: CodeEntry | undefined, code: string, name: string): CodeEntry {
  if (!builtInEntry) return { code, name };
  const former = [builtInEntry.name, ...(builtInEntry.formerNames ?? [])].filter((n) => canonicalName(n) !== canonicalName(name));
  return former.length > 0 ? { code, name, formerNames: [...new Set(former)] } : { code, name };
}

function builtInTable(cls: Classification, year: number): YearTable | undefined {
  return builtInTables().get(cls)?.get(year);
}

/** The year's built-in table, else the nearest year's: what a "full" import is measured against. */
function referenceTable(cls: Classification, year: number): YearTable | undefined {
  const years = [...(builtInTables().get(cls)?.keys() ?? [])];
  if (years.length === 0) return undefined;
  const nearest = years.reduce((a, b) => (Math.abs(b - year) < Math.abs(a - year) ? b : a));
  return builtInTable(cls, year) ?? builtInTable(cls, nearest);
}

/** Memoizes a computation per (classification, year); asked for every coded row, so keyed without building a string. */
function memo<T>(make: (cls: Classification, year: number) => T): (cls: Classification, year: number) => T {
  const cache = new Map<Classification, Map<number, T>>();
  return (cls, year) => {
    let byYear = cache.get(cls);
    if (!byYear) cache.set(cls, (byYear = new Map()));
    if (!byYear.has(year)) byYear.set(year, make(cls, year));
    return byYear.get(year) as T;
  };
}

class MergedCodeBook implements CodeBook {
  private readonly importedFor: (cls: Classification, year: number) => ImportIndex;
  private readonly nameIndex: (cls: Classification, year: number) => Map<string, CodeEntry[]>;

  constructor(private readonly imported: readonly ImportedCodeTable[]) {
    this.importedFor = memo((cls, year) => indexImport(importedMap(imported, cls, year), referenceTable(cls, year)));
    this.nameIndex = memo((cls, year) => this.buildNameIndex(cls, year));
  }

  lookup(cls: Classification, year: number, code: string): CodeEntry | undefined {
    const index = this.importedFor(cls, year);
    const base = builtInTable(cls, year)?.entries.get(code);
    const name = index.names.get(code);
    if (name !== undefined) return mergeImported(base, code, name);
    // An imported official table that lists the subtree says the code does not exist.
    if (importCovers(index, code)) return undefined;
    return base;
  }

  isComplete(cls: Classification, year: number, code: string): boolean {
    const index = this.importedFor(cls, year);
    if (importCovers(index, code)) return true;
    const t = builtInTable(cls, year);
    if (!t || t.uncertain.has(code)) return false;
    return t.complete.has(parentCode(code));
  }

  findByName(cls: Classification, year: number, name: string): CodeEntry[] {
    return this.nameIndex(cls, year).get(canonicalName(name)) ?? [];
  }

  source(cls: Classification, year: number): string | undefined {
    return importedSource(this.imported, cls, year) ?? builtInTable(cls, year)?.source;
  }

  hasImport(cls: Classification, year: number): boolean {
    return this.importedFor(cls, year).names.size > 0;
  }

  private buildNameIndex(cls: Classification, year: number): Map<string, CodeEntry[]> {
    const codes = new Set<string>(builtInTable(cls, year)?.entries.keys() ?? []);
    for (const c of this.importedFor(cls, year).names.keys()) codes.add(c);
    const index = new Map<string, CodeEntry[]>();
    for (const code of codes) {
      const entry = this.lookup(cls, year, code);
      if (!entry) continue;
      const key = canonicalName(entry.name);
      index.set(key, [...(index.get(key) ?? []), entry]);
    }
    return index;
  }
}

/** A code book over the built-in dictionaries, with imported 科目表 overriding them for their year. */
export function createCodeBook(imported: readonly ImportedCodeTable[] = []): CodeBook {
  return new MergedCodeBook(imported);
}

let defaultBook: CodeBook | undefined;

/** The built-in code book, built once (rules fall back to it when no 科目表 was imported). */
export function defaultCodeBook(): CodeBook {
  defaultBook ??= createCodeBook();
  return defaultBook;
}

/** Years the built-in dictionaries cover. */
export function builtInYears(cls: Classification): number[] {
  return [...(builtInTables().get(cls)?.keys() ?? [])].sort((a, b) => a - b);
}
