// Two mistakes only a formula makes, found before the search: a SUM whose range leaves out a line the total is made
// of (or takes one in that is not), and a result saved before the cells it reads were last changed.
import { addressToA1 } from '../grid/address';
import type { CellAddress } from '../grid/types';
import type { Money } from '../money';
import { valueOf } from '../rules/support/compare';
import { figure, type IdentityVerdict } from './evaluate';
import type { DiagnosisReport } from './explain';
import type { FormulaLinks } from './formulas';
import { wordsOf, type Identity } from './identity';
import type { CellWords } from './cell-words';
import { cellKey, type System } from './system';

/** 「漏了第 10 行（D10）」「多加了第 8 行（D8）」 for the cells a range leaves out or takes in. */
function problemText(missing: readonly CellAddress[], extra: readonly CellAddress[]): string {
  const rows = (as: readonly CellAddress[]) => as.map((a) => `第 ${a.row + 1} 行（${addressToA1(a)}）`).join('、');
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`漏了${rows(missing)}`);
  if (extra.length > 0) parts.push(`多加了${rows(extra)}`);
  return parts.join('，');
}

/**
 * Violated identities whose target is a plain sum formula (=SUM(D5:D9), =D5+D9+D14) that reads other cells than
 * the identity's parts, when exactly those cells account for the difference: the formula is what to change. Their
 * indices are returned so the search leaves them out.
 */
export function formulaRangeReports(
  identities: readonly Identity[],
  verdicts: readonly IdentityVerdict[],
  links: FormulaLinks,
): { reports: DiagnosisReport[]; explained: Set<number> } {
  const reports: DiagnosisReport[] = [];
  const explained = new Set<number>();
  identities.forEach((idn, i) => {
    const v = verdicts[i];
    if (v.status !== 'mismatch' || idn.kind !== 'sum' || idn.signs || idn.factors) return;
    const lin = links.linearOf(idn.target.address);
    if (!lin || !lin.constant.isZero() || lin.terms.some((t) => t.coef !== 1)) return;
    const refs = new Set(lin.terms.map((t) => cellKey(t.address)));
    const parts = new Set(idn.parts.map((p) => cellKey(p.address)));
    const valueAt = (a: CellAddress): Money => {
      const c = links.cell(a);
      return c?.value.kind === 'number' ? c.value.num : valueOf(undefined);
    };
    const missing = idn.parts.filter((p) => !refs.has(cellKey(p.address)) && !valueOf(p).isZero()).map((p) => p.address);
    const extra = lin.terms.filter((t) => !parts.has(cellKey(t.address)) && !valueAt(t.address).isZero()).map((t) => t.address);
    // Only a formula meant to add up these parts: most of them are in it, a line or two differ.
    const shared = idn.parts.filter((p) => refs.has(cellKey(p.address))).length;
    if (missing.length + extra.length === 0 || shared === 0 || missing.length + extra.length > Math.max(2, shared)) return;
    // The total follows its formula, so target − Σ parts is what the formula takes in minus what it leaves out.
    let accounted = valueOf(undefined);
    for (const a of extra) accounted = accounted.plus(valueAt(a));
    for (const a of missing) accounted = accounted.minus(valueAt(a));
    if (!v.residual.minus(accounted).abs().lessThan('0.005')) return;
    explained.add(i);
    const w = wordsOf(idn);
    const formula = (idn.target.cell?.formula ?? '').replace(/^=/, '');
    reports.push({
      rule: idn.rule,
      severity: idn.severity,
      table: idn.table.kind,
      code: 'formula.range',
      at: idn.target.address,
      expected: null,
      actual: figure(v.actual, v.places),
      params: { ...w, formula, problem: problemText(missing, extra), actual: figure(v.actual, v.places), sum: figure(v.expected, v.places), diff: figure(v.diff, v.places) },
      related: [...missing, ...extra].map((address) => ({ address })),
    });
  });
  return { reports, explained };
}

/** A formula whose saved result the cells it reads no longer give: one finding at it, with no 应为 (recalculate). */
export function staleReports(sys: System, words: CellWords): DiagnosisReport[] {
  return sys.stale.map(({ cell: c, evaluated }) => {
    const cell = sys.cells[c];
    const e = cell.ids.find((i) => !sys.equations[i].definition) ?? 0;
    const idn = sys.identities[e];
    const own = words.words(cell.amount.address);
    const places = Math.max(cell.amount.cell?.decimals ?? 2, 2);
    const actual = figure(valueOf(cell.amount), places);
    return {
      rule: idn.rule,
      severity: 'error',
      table: words.place(cell.amount.address)?.table.kind ?? idn.table.kind,
      code: 'formula.stale',
      at: cell.amount.address,
      expected: null,
      actual,
      params: { cellSubject: own.subject, cellColumn: own.column, formula: (cell.amount.cell?.formula ?? '').replace(/^=/, ''), actual, evaluated: figure(evaluated, places) },
      related: [],
    };
  });
}
