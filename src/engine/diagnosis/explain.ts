// From the cells a diagnosis changes to the findings a clerk reads: one per cell to change, at that cell, with the
// value to type; the identities the same mistake broke go into `related` with a sentence each.
import type { CellAddress } from '../grid/types';
import { addressToA1 } from '../grid/address';
import type { Money } from '../money';
import { shownPlaces, valueOf } from '../rules/support/compare';
import type { TableKind } from '../tables/types';
import { figure } from './evaluate';
import type { CellWords } from './cell-words';
import type { Candidate } from './search';
import { carriedFrom, type Scaled, type System } from './system';
import { wordsOf } from './identity';
import { typoKind, TYPO_WORDS } from './typos';
import type { DiagnosisCode } from '../messages/zh-CN';

/** A cell involved in a finding, with what it has to do with it. */
export interface RelatedCell {
  address: CellAddress;
  /** A sentence: 「款 21015 医疗保障管理事务的合计因此与所属各项之和不符」. */
  note?: { code: DiagnosisCode; params: Record<string, string> };
  /** The value this related cell must take too (a total carried the same slip). */
  expected?: string;
}

/** A finding made by the diagnosis, before its message is rendered. */
export interface DiagnosisReport {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  table: TableKind;
  code: DiagnosisCode;
  at: CellAddress;
  expected: string | null;
  actual: string | null;
  params: Record<string, string>;
  related: RelatedCell[];
}

/** Words of an identity for the message templates. */
function identityParams(sys: System, e: number): Record<string, string> {
  const idn = sys.identities[e];
  const w = wordsOf(idn);
  return { subject: w.subject, column: w.column, reference: w.reference, targetTable: `「${idn.table.title}」` };
}

function placesOf(sys: System, c: number): number {
  return Math.max(shownPlaces(sys.cells[c].amount), 2);
}

/** The corrected value of a cell: its stored value plus the correction in scaled units. */
function corrected(sys: System, c: number, delta: number, scaled: Scaled): Money {
  return valueOf(sys.cells[c].amount).plus(scaled.unscale(delta));
}

function typoText(actual: Money, expected: Money, places: number): string {
  const kind = typoKind(actual, expected);
  if (!kind) return '';
  return `；疑似${TYPO_WORDS[kind]}（${figure(actual, places)} 应为 ${figure(expected, places)}）`;
}

/**
 * The identity a changed cell is reported under: one it is the target of, else the narrowest it is a part of (a
 * 人员经费 cell: its row's 基本支出 = 人员经费 + 公用经费 says more than the column's 项 = Σ 明细).
 */
function primaryOf(sys: System, c: number): number | null {
  const violated = sys.cells[c].ids.filter((e) => sys.equations[e].violated);
  const asTarget = violated.find((e) => sameCell(sys, e, c));
  if (asTarget !== undefined) return asTarget;
  let best: number | null = null;
  for (const e of violated) if (best === null || sys.equations[e].cells.length < sys.equations[best].cells.length) best = e;
  return best;
}

function sameCell(sys: System, e: number, c: number): boolean {
  return sys.equations[e].target === c;
}

/** The first identity (not a formula's definition) a cell takes part in. */
function firstIdentity(sys: System, c: number): number | null {
  return sys.cells[c].ids.find((e) => !sys.equations[e].definition) ?? null;
}

/** The root changed cell a linked formula follows (through other linked formulas), for its note. */
function rootOf(sys: System, set: readonly number[], c: number): number | null {
  let at = c;
  for (let i = 0; i < set.length && sys.cells[at].kind === 'linked'; i++) {
    const from = carriedFrom(sys, set, at);
    if (from === null) return null;
    at = from;
  }
  return sys.cells[at].kind === 'linked' ? null : at;
}

/** Most formula cells that follow a slip listed in its related cells. */
const MAX_FORMULA_NOTES = 6;

/** One finding per changed cell of the explanation. */
export function explainCandidate(sys: System, words: CellWords, cand: Candidate, scaled: Scaled): DiagnosisReport[] {
  const out: DiagnosisReport[] = [];
  const values = new Map(cand.cells.map((c) => [c, corrected(sys, c, cand.delta.get(c) ?? 0, scaled)]));
  for (const c of cand.cells) {
    const cell = sys.cells[c];
    // A formula the diagnosis reads follows its cells: it is never a cell to retype (its root's finding lists it).
    if (cell.kind === 'linked') continue;
    const places = placesOf(sys, c);
    const actual = valueOf(cell.amount);
    const expected = values.get(c) as Money;
    const source = carriedFrom(sys, cand.cells, c);
    const primary = primaryOf(sys, c) ?? firstIdentity(sys, c);
    if (primary === null) {
      out.push(sourceReport(sys, words, cand, c, values, places));
      continue;
    }
    const idn = sys.identities[primary];
    const own = words.words(cell.amount.address);
    const params: Record<string, string> = {
      ...identityParams(sys, primary),
      cellSubject: own.subject,
      cellColumn: own.column,
      actual: figure(actual, places),
      expected: figure(expected, places),
      diff: figure(expected.minus(actual).abs(), places),
      typo: source === null ? typoText(actual, expected, places) : '',
      note: '',
    };
    let code: DiagnosisCode = sameCell(sys, primary, c) ? 'sum.target' : idn.kind === 'equal' ? 'sum.equal-part' : 'sum.part';
    // A formula the diagnosis cannot read as a sum: its result is wrong, but what to change is its formula.
    if (cell.kind === 'formula') code = 'formula.result';
    else if (source !== null) {
      code = 'sum.carried';
      params.sourceCell = addressToA1(sys.cells[source].amount.address);
    }
    const related: RelatedCell[] = [];
    if (code === 'sum.target') {
      for (const p of idn.parts) if (p.cell && p.cell.value.kind !== 'blank') related.push({ address: p.address });
    } else if (code === 'sum.part' || code === 'sum.equal-part') {
      related.push({ address: idn.target.address });
    }
    for (const e of cell.ids) {
      if (e === primary || !sys.equations[e].violated) continue;
      related.push({ address: sys.identities[e].target.address, note: { code: 'related.breaks', params: identityParams(sys, e) } });
    }
    let formulas = 0;
    for (const o of cand.cells) {
      if (o === c) continue;
      if (sys.cells[o].kind === 'linked') {
        // The totals nearest the slip (found first); a long chain up to the 合计 need not be listed cell by cell.
        if (formulas < MAX_FORMULA_NOTES && rootOf(sys, cand.cells, o) === c) {
          related.push({ address: sys.cells[o].amount.address, note: { code: 'related.formula', params: {} } });
          formulas++;
        }
        continue;
      }
      if (carriedFrom(sys, cand.cells, o) !== c) continue;
      const ow = words.words(sys.cells[o].amount.address);
      const oe = figure(values.get(o) as Money, placesOf(sys, o));
      related.push({
        address: sys.cells[o].amount.address,
        note: { code: 'related.carried', params: { cellSubject: ow.subject, cellColumn: ow.column, expected: oe } },
        expected: oe,
      });
    }
    out.push({
      rule: idn.rule,
      severity: idn.severity,
      table: words.place(cell.amount.address)?.table.kind ?? idn.table.kind,
      code,
      at: cell.amount.address,
      expected: code === 'formula.result' ? null : params.expected,
      actual: params.actual,
      params,
      related: dedupe(related, cell.amount.address),
    });
  }
  return out;
}

/**
 * A changed cell that takes part in no identity, only in a formula the tables read (a helper cell a total adds in):
 * reported at that cell, naming the formula.
 */
function sourceReport(sys: System, words: CellWords, cand: Candidate, c: number, values: ReadonlyMap<number, Money>, places: number): DiagnosisReport {
  const cell = sys.cells[c];
  const actual = valueOf(cell.amount);
  const expected = values.get(c) as Money;
  const formula = sys.cells[c].ids.map((e) => sys.equations[e]).find((eq) => eq.definition);
  const reader = formula ? sys.cells[formula.target].amount.address : cell.amount.address;
  const own = words.words(cell.amount.address);
  const idn = sys.identities[0];
  const related: RelatedCell[] = cand.cells.filter((o) => sys.cells[o].kind === 'linked').map((o) => ({ address: sys.cells[o].amount.address, note: { code: 'related.formula', params: {} } }));
  return {
    rule: idn.rule,
    severity: idn.severity,
    table: words.place(reader)?.table.kind ?? idn.table.kind,
    code: 'formula.source',
    at: cell.amount.address,
    expected: figure(expected, places),
    actual: figure(actual, places),
    params: {
      cellSubject: own.subject,
      cellColumn: own.column,
      actual: figure(actual, places),
      expected: figure(expected, places),
      diff: figure(expected.minus(actual).abs(), places),
      formulaCell: `${reader.sheet}!${addressToA1(reader)}`,
      typo: typoText(actual, expected, places),
    },
    related: dedupe(related, cell.amount.address),
  };
}

function dedupe(list: RelatedCell[], self: CellAddress): RelatedCell[] {
  const seen = new Set<string>([`${self.sheet}!${self.row}!${self.col}`]);
  return list.filter((r) => {
    const k = `${r.address.sheet}!${r.address.row}!${r.address.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
