// One diagnosis over every identity of every table: evaluate them, group the violated ones that share cells, find
// for each group the cheapest set of cells whose correction makes everything hold (search.ts), and word one finding
// per cell to change (explain.ts). Display-rounding differences become infos at the identity's target.
import type { BudgetTable } from '../tables/types';
import { typoKind } from './typos';
import { CellWords } from './cell-words';
import { evaluateIdentity, figure, type IdentityVerdict } from './evaluate';
import { explainCandidate, type DiagnosisReport } from './explain';
import { wordsOf, type Identity } from './identity';
import type { CellAddress, Grid } from '../grid/types';
import { FormulaLinks } from './formulas';
import { formulaRangeReports, staleReports } from './formula-checks';
import { localize, type Candidate } from './search';
import { buildSystem, carriedFrom, cellKey, Scaled, UnsafeScale, type System } from './system';
import { valueOf } from '../rules/support/compare';
import type { Money } from '../money';
import { addressToA1 } from '../grid/address';

/** Most alternatives an ambiguous finding lists. */
const MAX_OPTIONS = 5;

/**
 * Diagnose the declared identities of a workbook's tables. With the grid, formulas are read too: a total Excel
 * computes follows its cells (never a cell to retype), a SUM that leaves out a line is reported as such, and a
 * result saved before its cells changed as not recalculated.
 */
export function diagnose(identities: readonly Identity[], tables: readonly BudgetTable[], grid?: Grid): Diagnosis {
  const verdicts = identities.map(evaluateIdentity);
  const out: DiagnosisReport[] = [];
  const corrections = new Map<string, Money>();
  const undecided = new Set<string>();
  identities.forEach((idn, i) => {
    const v = verdicts[i];
    if (v.status === 'rounding' || v.status === 'hidden') out.push(roundingReport(idn, v));
  });
  if (!verdicts.some((v) => v.status === 'mismatch')) return { reports: out, corrections, undecided };
  const links = grid ? new FormulaLinks(grid) : undefined;
  const reported = new Set<string>();
  if (links) {
    const ranges = formulaRangeReports(identities, verdicts, links);
    out.push(...ranges.reports);
    for (const i of ranges.explained) reported.add(cellKey(identities[i].target.address));
  }
  const sys = buildSystem(identities, verdicts, links, reported);
  const scaled = new Scaled(sys);
  const words = new CellWords(tables);
  out.push(...staleReports(sys, words));
  for (const component of components(sys)) {
    const reports = diagnoseComponent(sys, scaled, words, component.violated, corrections);
    if (reports.some((r) => r.code === 'sum.ambiguous' || r.code === 'sum.unlocated')) {
      for (const c of component.cells) undecided.add(sys.cells[c].key);
    }
    out.push(...reports);
  }
  return { reports: out, corrections, undecided };
}

/** The findings, and the value each cell takes once the diagnosed mistakes are put right (formulas following). */
export interface Diagnosis {
  reports: DiagnosisReport[];
  /** By cellKey: every cell an explanation changes, typed or computed, with its corrected value. */
  corrections: Map<string, Money>;
  /** By cellKey: the cells of identities the diagnosis could not settle (any of them may be the wrong one). */
  undecided: Set<string>;
}

/** The parts that hold something, as related cells (blank lines of a 30-line summary are not worth listing). */
function filledParts(idn: Identity): { address: CellAddress }[] {
  return idn.parts.filter((p) => p.cell && p.cell.value.kind !== 'blank').map((p) => ({ address: p.address }));
}

function roundingReport(idn: Identity, v: IdentityVerdict): DiagnosisReport {
  return {
    rule: idn.rule,
    severity: 'info',
    table: idn.table.kind,
    code: v.status === 'hidden' ? 'sum.hidden' : 'sum.rounding',
    at: idn.target.address,
    expected: figure(v.expected, v.places),
    actual: figure(v.actual, v.places),
    params: { ...wordsOf(idn), actual: figure(v.actual, v.places), expected: figure(v.expected, v.places), diff: figure(v.diff, v.places) },
    related: filledParts(idn),
  };
}

/** Violated equations that may share an explanation, and every cell tied to them. */
interface Component {
  violated: number[];
  cells: number[];
}

/**
 * Violated equations linked by a common cell, by a formula, or by a holding equation that holds cells of both (a
 * row's 合计 = 基本 + 项目 links the 基本 and 合计 columns of the same row).
 */
function components(sys: System): Component[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  const union = (a: number, b: number) => parent.set(find(a), find(b));
  const violated = sys.equations.map((e, i) => (e.violated ? i : -1)).filter((i) => i >= 0);
  for (const e of violated) for (const c of sys.equations[e].cells) if (!parent.has(c)) parent.set(c, c);
  for (const e of violated) {
    const cells = sys.equations[e].cells;
    for (const c of cells.slice(1)) union(cells[0], c);
  }
  // A formula ties its cells together whatever they hold: a slip its totals carried into other tables is one mistake.
  sys.equations.forEach((eq) => {
    if (!eq.definition) return;
    for (const c of eq.cells) if (!parent.has(c)) parent.set(c, c);
    for (const c of eq.cells.slice(1)) union(eq.cells[0], c);
  });
  sys.equations.forEach((eq) => {
    if (eq.violated || eq.definition) return;
    const inside = eq.cells.filter((c) => parent.has(c));
    for (const c of inside.slice(1)) union(inside[0], c);
  });
  const groups = new Map<number, Component>();
  for (const e of violated) {
    const r = find(sys.equations[e].cells[0]);
    const g = groups.get(r);
    if (g) g.violated.push(e);
    else groups.set(r, { violated: [e], cells: [] });
  }
  for (const c of parent.keys()) groups.get(find(c))?.cells.push(c);
  return [...groups.values()];
}

function diagnoseComponent(sys: System, scaled: Scaled, words: CellWords, violated: number[], corrections: Map<string, Money>): DiagnosisReport[] {
  let best: Candidate[] = [];
  try {
    best = localize(sys, scaled, violated).best;
  } catch (e) {
    if (!(e instanceof UnsafeScale)) throw e;
  }
  if (best.length === 0) return violated.map((e) => mismatchReport(sys, e, 'sum.unlocated'));
  const chosen = best.length === 1 ? best[0] : mostTypoLike(sys, scaled, best);
  if (chosen) {
    for (const c of chosen.cells) corrections.set(sys.cells[c].key, valueOf(sys.cells[c].amount).plus(scaled.unscale(chosen.delta.get(c) ?? 0)));
    return explainCandidate(sys, words, chosen, scaled);
  }
  return [ambiguousReport(sys, scaled, violated, best)];
}

/**
 * Share of a candidate's own slips (not the totals that carried them) whose correction undoes one typing error:
 * 193.05 -> 193.50 is one (two digits swapped), a sibling 款 that would have to move by 0.45 rarely is.
 */
function typoShare(sys: System, scaled: Scaled, cand: Candidate): number {
  let n = 0;
  let roots = 0;
  for (const c of cand.cells) {
    if (carriedFrom(sys, cand.cells, c) !== null) continue;
    roots++;
    const v = valueOf(sys.cells[c].amount);
    if (typoKind(v, v.plus(scaled.unscale(cand.delta.get(c) ?? 0)))) n++;
  }
  return roots === 0 ? 0 : n / roots;
}

/** The one candidate that is more a typing slip than all others, or null when that does not decide. */
function mostTypoLike(sys: System, scaled: Scaled, cands: readonly Candidate[]): Candidate | null {
  const shares = cands.map((c) => typoShare(sys, scaled, c));
  const top = Math.max(...shares);
  const winners = cands.filter((_, i) => shares[i] === top);
  return top > 0 && winners.length === 1 ? winners[0] : null;
}

function mismatchReport(sys: System, e: number, code: 'sum.unlocated' | 'sum.ambiguous'): DiagnosisReport {
  const idn = sys.identities[e];
  const v = sys.verdicts[e];
  return {
    rule: idn.rule,
    severity: idn.severity,
    table: idn.table.kind,
    code,
    at: idn.target.address,
    expected: null,
    actual: figure(v.actual, v.places),
    params: { ...wordsOf(idn), actual: figure(v.actual, v.places), sum: figure(v.expected, v.places), diff: figure(v.diff, v.places) },
    related: filledParts(idn),
  };
}

/** Several equally good explanations: one finding at the narrowest violated identity, listing them, with no 应为. */
function ambiguousReport(sys: System, scaled: Scaled, violated: number[], cands: readonly Candidate[]): DiagnosisReport {
  const narrowest = [...violated].sort((a, b) => sys.equations[a].cells.length - sys.equations[b].cells.length)[0];
  const report = mismatchReport(sys, narrowest, 'sum.ambiguous');
  // A formula that follows a changed cell is not an alternative of its own: each option names the cells to retype.
  const typed = (cand: Candidate) => {
    const own = cand.cells.filter((c) => sys.cells[c].kind !== 'linked');
    return own.length > 0 ? own : cand.cells;
  };
  const options = cands.slice(0, MAX_OPTIONS).map((cand) =>
    typed(cand)
      .map((c) => {
        const v = valueOf(sys.cells[c].amount).plus(scaled.unscale(cand.delta.get(c) ?? 0));
        const a = sys.cells[c].amount.address;
        const where = a.sheet === report.at.sheet ? addressToA1(a) : `${a.sheet}!${addressToA1(a)}`;
        return `${where} 应为 ${figure(v, 2)}`;
      })
      .join('、'),
  );
  report.params.count = String(cands.length);
  const more = cands.length > options.length ? `（只列出前 ${options.length} 处）` : '';
  report.params.options = options.map((o) => `「${o}」`).join('或') + more;
  const listed = new Set(report.related.map((r) => `${r.address.sheet}!${r.address.row}!${r.address.col}`));
  for (const cand of cands) {
    for (const c of typed(cand)) {
      const a = sys.cells[c].amount.address;
      const k = `${a.sheet}!${a.row}!${a.col}`;
      if (!listed.has(k)) report.related.push({ address: a });
      listed.add(k);
    }
  }
  return report;
}
