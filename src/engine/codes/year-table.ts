// Resolves a base edition plus its change lists into one lookup table per year.
import type { CodeEntry } from './types';
import type { CodeName, EditionSeries, YearChange } from './data/edition';

/** Everything the code book knows about one classification in one year. */
export interface YearTable {
  year: number;
  source: string;
  entries: ReadonlyMap<string, CodeEntry>;
  /** Codes whose children are all listed ('' = the list of 类). */
  complete: ReadonlySet<string>;
  /** Codes that may exist although not listed. */
  uncertain: ReadonlySet<string>;
}

interface State {
  names: Map<string, string>;
  history: Map<string, string[]>;
  complete: Set<string>;
  uncertain: Set<string>;
}

function addHistory(state: State, code: string, name: string): void {
  const list = state.history.get(code) ?? [];
  if (!list.includes(name)) state.history.set(code, [name, ...list]);
}

function applyChange(state: State, change: YearChange): void {
  for (const [code, name] of change.add ?? []) state.names.set(code, name);
  for (const [code, name] of change.rename ?? []) {
    const old = state.names.get(code);
    if (old !== undefined && old !== name) addHistory(state, code, old);
    state.names.set(code, name);
  }
  for (const code of change.remove ?? []) state.names.delete(code);
  for (const code of change.complete ?? []) state.complete.add(code);
  for (const code of change.incomplete ?? []) state.complete.delete(code);
  for (const code of change.uncertain ?? []) state.uncertain.add(code);
  for (const code of change.certain ?? []) state.uncertain.delete(code);
}

function snapshot(state: State, year: number, source: string, aliases: readonly CodeName[]): YearTable {
  const entries = new Map<string, CodeEntry>();
  for (const [code, name] of state.names) {
    const entry: CodeEntry = { code, name };
    const former = (state.history.get(code) ?? []).filter((n) => n !== name);
    if (former.length > 0) entry.formerNames = former;
    const extra = aliases.filter(([c]) => c === code).map(([, n]) => n);
    if (extra.length > 0) entry.aliases = extra;
    entries.set(code, entry);
  }
  return { year, source, entries, complete: new Set(state.complete), uncertain: new Set(state.uncertain) };
}

/** One table per year of the series, base year first. */
export function resolveSeries(series: EditionSeries): YearTable[] {
  const { base } = series;
  const state: State = {
    names: new Map(base.entries.map(([c, n]) => [c, n])),
    history: new Map(),
    complete: new Set(base.complete),
    uncertain: new Set(base.uncertain ?? []),
  };
  for (const [code, name] of base.history ?? []) addHistory(state, code, name);
  const tables = [snapshot(state, base.year, base.source, base.aliases ?? [])];
  for (const change of [...series.changes].sort((a, b) => a.year - b.year)) {
    applyChange(state, change);
    tables.push(snapshot(state, change.year, change.source, change.aliases ?? []));
  }
  return tables;
}

/** The parent of a code: '' for a 类, the 类 for a 款, the 款 for a 项. */
export function parentCode(code: string): string {
  return code.length <= 3 ? '' : code.slice(0, code.length - 2);
}
