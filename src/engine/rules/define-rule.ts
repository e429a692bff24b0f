// The rule contract (after ESLint's lib/rules): a stable id, a default severity, message templates, a pure check.
import { addressToA1 } from '../grid/address';
import type { CellAddress, Grid } from '../grid/types';
import { formatAmount, type Money } from '../money';
import type { Finding, Severity } from '../report';
import type { CodeBook } from '../codes/types';
import type { BudgetTable, NarrativeBlock, TableKind } from '../tables/types';
import type { IdentitySpec } from '../diagnosis/identity';

/** What a rule reports; the framework renders the message and converts addresses to A1. */
export interface RuleReport {
  messageId: string;
  /** The cell that is wrong (the total cell for a sum that does not add up). */
  at: CellAddress;
  related?: CellAddress[];
  /** Amounts as Money (rendered with 2 decimals unless `places` is given) or ready decimal text. */
  expected?: Money | string | null;
  actual?: Money | string | null;
  places?: number;
  /** Values for the {{placeholders}} of the message template. */
  data?: Record<string, string | number>;
  severity?: Severity;
  table?: TableKind | null;
}

export interface CheckOptions {
  /** Imported 科目表 entries that override the built-in dictionaries. */
  codeBook?: CodeBook;
  /** Rule ids to skip. */
  disabledRules?: string[];
}

export interface RuleContext {
  grid: Grid;
  tables: readonly BudgetTable[];
  narratives: readonly NarrativeBlock[];
  /** The workbook's 预算年度 (most common year among tables), null when unknown. */
  year: number | null;
  options: CheckOptions;
  /** A condition the rule found broken (a bad code, a figure in the text, a negative amount). */
  report(r: RuleReport): void;
  /**
   * An identity that must hold (target = Σ parts). The rule never decides which cell of a broken identity is wrong:
   * the diagnosis does, once, over every identity of every table (src/engine/diagnosis).
   */
  declare(identity: IdentitySpec): void;
  /**
   * When present: counts an identity the rule found to hold exactly (diagnosis/evaluate's rowsSumHolds,
   * keysSumHolds) as declared, without building it. Absent when every declaration must be built (the diagnosis
   * re-reads all identities of a workbook with a broken one): rules then declare as usual.
   */
  held?(): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line in Chinese: what the rule checks (shown in help and docs). */
  description: string;
  /** Templates of the conditions it reports; rules that only declare identities have none. */
  messages?: Record<string, string>;
  /**
   * 'set': the rule pairs tables of different kinds (a 收支总表 line with the 支出总表 line it repeats), so it runs
   * once per set of 部门预算 tables (tables/sets.ts) when a workbook holds the department's and its units' sets.
   * Other rules read each table on its own, or the whole workbook, and run once.
   */
  scope?: 'set';
  check(ctx: RuleContext): void;
}

/** Identity helper that gives rule modules one shape and type-checks their messages. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Longest text a placeholder may put into a message: a cell can hold 32,767 characters, a message should not. */
export const MAX_QUOTED = 200;

/** Cut a quoted text to MAX_QUOTED characters, saying how long it was. */
export function capQuoted(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_QUOTED ? text : `${chars.slice(0, MAX_QUOTED).join('')}…（共 ${chars.length} 字）`;
}

/** Fill {{name}} placeholders (each value capped); unknown placeholders stay visible so a test catches them. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  let out = '';
  for (const piece of piecesOf(template)) {
    out += typeof piece === 'string' ? piece : piece.key in data ? capQuoted(String(data[piece.key])) : piece.raw;
  }
  return out;
}

/** A template split once into literal text and placeholders: a big workbook renders 100k messages. */
type Piece = string | { key: string; raw: string };
const PIECES = new Map<string, Piece[]>();
const MAX_TEMPLATES = 1000;

function piecesOf(template: string): Piece[] {
  const hit = PIECES.get(template);
  if (hit) return hit;
  const pieces: Piece[] = [];
  const re = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) pieces.push(template.slice(last, m.index));
    pieces.push({ key: m[1], raw: m[0] });
    last = m.index + m[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  if (PIECES.size < MAX_TEMPLATES) PIECES.set(template, pieces);
  return pieces;
}

function amountText(v: Money | string | null | undefined, places: number): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : formatAmount(v, places);
}

/** Turn a rule's report into a contract Finding. */
export function toFinding(rule: Rule, r: RuleReport): Finding {
  const template = rule.messages?.[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId ${r.messageId}`);
  const places = r.places ?? 2;
  const expected = amountText(r.expected, places);
  const actual = amountText(r.actual, places);
  const data: Record<string, string | number> = { ...(r.data ?? {}) };
  if (expected !== null && !('expected' in data)) data.expected = expected;
  if (actual !== null && !('actual' in data)) data.actual = actual;
  const finding: Finding = {
    rule: rule.id,
    severity: r.severity ?? rule.severity,
    sheet: r.at.sheet,
    cell: addressToA1(r.at),
    message: renderMessage(template, data),
    expected,
    actual,
    code: `${rule.id}.${r.messageId}`,
    params: data,
  };
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((a) => ({ sheet: a.sheet, cell: addressToA1(a) }));
  }
  if (r.table) finding.table = r.table;
  return finding;
}
