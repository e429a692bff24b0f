// Grid -> Report: the single entry point every host (CLI, add-in, web page) calls.
import type { Grid } from './grid/types';
import { computeFormulas } from './formula/compute-grid';
import { parseA1, rectToA1 } from './grid/address';
import { compareFindings, summarize, type CellRef, type Finding, type Report, type TableSummary } from './report';
import { RULES } from './rules/index';
import { toFinding, type CheckOptions, type Rule, type RuleContext } from './rules/define-rule';
import { diagnose, type Diagnosis } from './diagnosis/diagnose';
import { toIdentity, type Identity } from './diagnosis/identity';
import { evaluateIdentity, holdsAsDeclared } from './diagnosis/evaluate';
import { toDiagnosisFinding } from './diagnosis/finding';
import { withCorrections } from './diagnosis/corrected';
import { Corroboration } from './diagnosis/corroboration';
import { cellKey } from './diagnosis/system';
import { ruleName } from './messages/rule-names';
import { recognizeWorkbook, type Recognition } from './tables/recognize';
import { tableSets } from './tables/sets';
import { drain, type Steps } from './steps';
import { TABLE_KINDS, type BudgetTable, type TableKind } from './tables/types';

export type { CheckOptions } from './rules/define-rule';

/** Recognize tables and run every rule; never throws on the user's data. */
export function check(grid: Grid, file: string, options: CheckOptions = {}, rules: readonly Rule[] = RULES): Report {
  // Formulas saved without a value get the value Excel would show before anything reads the cells.
  const computed = computeFormulas(grid);
  return checkRecognized(computed, recognizeWorkbook(computed), file, options, rules);
}

/** The rules and report for tables already recognized (a host that needs the year first recognizes once). */
export function checkRecognized(
  grid: Grid,
  recognition: Recognition,
  file: string,
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): Report {
  return drain(checkRecognizedSteps(grid, recognition, file, options, rules));
}

/** The same, pausing after each rule (steps.ts): a page without a worker keeps answering while it checks. */
export function* checkRecognizedSteps(
  grid: Grid,
  recognition: Recognition,
  file: string,
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): Steps<Report> {
  return buildReport(file, recognition, yield* runRulesSteps(grid, recognition, options, rules));
}

/**
 * Run rules over recognized tables, then diagnose the identities they declared; never throws on the user's data.
 * A big workbook declares hundreds of thousands of identities and nearly all hold: the first pass keeps only those
 * that do not, and only when one is violated are the declaring rules run again for every identity the diagnosis
 * weighs (holding ones included), so a clean workbook never holds them all in memory. The narrative rules run last,
 * on the tables as they read once the diagnosed mistakes are put right: a 说明 that states the right figure is not
 * blamed for a table's slip (one finding per mistake).
 */
export function runRules(
  grid: Grid,
  recognition: Recognition,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return drain(runRulesSteps(grid, recognition, options, rules));
}

/** runRules as steps: a pause after each rule and after the diagnosis. */
function* runRulesSteps(grid: Grid, recognition: Recognition, options: CheckOptions, rules: readonly Rule[]): Steps<Finding[]> {
  const findings: Finding[] = [];
  const kept: Identity[] = [];
  const declaring: Rule[] = [];
  let violated = false;
  const disabled = new Set(options.disabledRules ?? []);
  const active = rules.filter((r) => !disabled.has(r.id));
  const sets = perSet(recognition);
  for (const rule of active.filter((r) => !isNarrative(r))) {
    let declared = false;
    runTableRule(grid, sets, options, rule, findings, {
      identity(idn) {
        declared = true;
        const status = evaluateIdentity(idn).status;
        if (status === 'ok') return;
        kept.push(idn);
        if (status === 'mismatch') violated = true;
      },
      // Nearly every identity of a workbook holds exactly: those are never built (a 200-unit book declares ~300k).
      held() {
        declared = true;
      },
    });
    if (declared) declaring.push(rule);
    yield;
  }
  let diagnosis: Diagnosis = { reports: [], corrections: new Map(), undecided: new Set() };
  let all: Identity[] | null = null;
  try {
    const identities = violated ? declaredBy(grid, sets, options, declaring) : kept;
    if (violated) all = identities;
    diagnosis = diagnose(identities, recognition.tables, grid);
    findings.push(...diagnosis.reports.map(toDiagnosisFinding));
  } catch (e) {
    findings.push(failure(grid, recognition, '合计与分项的核对未能完成，部分结果可能缺失。请把工作簿反馈给开发人员。'));
    void e;
  }
  yield;
  const narrative: Finding[] = [];
  const corrected = withCorrections(recognition, diagnosis.corrections);
  for (const rule of active.filter(isNarrative)) {
    runRule(grid, corrected, options, rule, narrative, { identity: () => undefined });
    yield;
  }
  const everyIdentity = () => (all ??= declaredBy(grid, sets, options, declaring));
  // Only the sum rules can bear a table figure out; without them (run alone, or switched off) the tables stand.
  const settled = unsettled(narrative, diagnosis.undecided).map((f) => correctedNote(f, diagnosis.corrections));
  findings.push(...(declaring.length > 0 ? unchecked(settled, grid, everyIdentity) : settled));
  // Array.prototype.sort is stable (ES2019): findings that compare equal keep the order rules reported them in.
  return findings.sort(compareFindings);
}

/**
 * A 说明 figure compared with a table figure the diagnosis could not settle (the table's own sums disagree, and
 * nothing tells which cell is wrong): the text may well be the right one, so no 应为 is given for it, and the
 * paragraph's findings drawn from that comparison (a part that no longer adds up) are left out: one mistake, one
 * finding.
 */
function unsettled(narrative: readonly Finding[], undecided: ReadonlySet<string>): Finding[] {
  if (undecided.size === 0) return [...narrative];
  const touches = (f: Finding) => f.related?.some((r) => undecided.has(keyOfRef(r.sheet, r.cell))) === true;
  const paragraphs = new Set(narrative.filter(touches).map((f) => `${f.sheet}!${f.cell}`));
  const out: Finding[] = [];
  for (const f of narrative) {
    if (touches(f)) out.push({ ...f, expected: null, message: `${f.message}（表格中相关的数字本身也不相符，请先核对表格，再确定以哪个为准）` });
    else if (!(paragraphs.has(`${f.sheet}!${f.cell}`) && !f.related?.length)) out.push(f);
  }
  return out;
}

/**
 * A 说明 figure that differs from a table figure nothing else in the workbook bears out (a typed line whose only
 * total is a formula adding it up): either may be the slip, so the finding gives no 应为 and says to check both.
 */
function unchecked(narrative: Finding[], grid: Grid, identities: () => Identity[]): Finding[] {
  const open = (f: Finding) => f.rule === 'narrative/figure-mismatch' && f.expected != null && f.related?.length === 1;
  if (!narrative.some(open)) return narrative;
  let corroboration: Corroboration | null = null;
  return narrative.map((f) => {
    if (!open(f)) return f;
    const ref = (f.related as CellRef[])[0];
    const pos = parseA1(ref.cell);
    if (!pos) return f;
    corroboration ??= new Corroboration(grid, identities());
    if (!corroboration.unchecked({ sheet: ref.sheet, row: pos.row, col: pos.col })) return f;
    return { ...f, expected: null, message: `${f.message}（表格中这个数字没有合计或其他表格可以印证，请核对表格和说明，以正确的为准）` };
  });
}

/** A 说明 figure checked against a table cell the diagnosis corrected: say the figure given is the corrected one. */
function correctedNote(f: Finding, fixed: ReadonlyMap<string, unknown>): Finding {
  if (f.expected == null || !f.related?.some((r) => fixed.has(keyOfRef(r.sheet, r.cell)))) return f;
  return { ...f, message: `${f.message}（这是表格改正后的数字：表格中这个单元格本身也填错了，见该单元格的问题）` };
}

function keyOfRef(sheet: string, a1: string): string {
  const pos = parseA1(a1);
  return pos ? cellKey({ sheet, row: pos.row, col: pos.col }) : '';
}

/** Rules that read the 情况说明 against the tables. */
function isNarrative(rule: Rule): boolean {
  return rule.id.startsWith('narrative/');
}

/** Every identity the given rules declare (their condition reports were already collected). */
function declaredBy(grid: Grid, sets: SetsOf, options: CheckOptions, rules: readonly Rule[]): Identity[] {
  const all: Identity[] = [];
  for (const rule of rules) runTableRule(grid, sets, options, rule, [], { identity: (idn) => all.push(idn) });
  return all;
}

/** The whole recognition and one per set of tables (the department's, then each unit's, when it holds them). */
interface SetsOf {
  whole: Recognition;
  parts: Recognition[];
}

function perSet(recognition: Recognition): SetsOf {
  const sets = tableSets(recognition.tables);
  return { whole: recognition, parts: sets.length === 1 ? [recognition] : sets.map((tables) => ({ ...recognition, tables })) };
}

/**
 * Run a table rule: over the whole workbook, or over each set of tables when the rule pairs tables (scope 'set');
 * a rule that crashes is reported once and not run on further sets.
 */
function runTableRule(
  grid: Grid,
  sets: SetsOf,
  options: CheckOptions,
  rule: Rule,
  findings: Finding[],
  sink: IdentitySink,
): void {
  if (rule.scope !== 'set') {
    runRule(grid, sets.whole, options, rule, findings, sink);
    return;
  }
  for (const set of sets.parts) if (!runRule(grid, set, options, rule, findings, sink)) return;
}

/** Where a rule's declared identities go; `held`, when given, takes those that hold exactly, without building them. */
interface IdentitySink {
  identity(idn: Identity): void;
  held?(): void;
}

/** Run one rule; a rule that crashes becomes a warning, not a crash (false then). */
function runRule(
  grid: Grid,
  recognition: Recognition,
  options: CheckOptions,
  rule: Rule,
  findings: Finding[],
  sink: IdentitySink,
): boolean {
  const ctx: RuleContext = {
    grid,
    tables: recognition.tables,
    narratives: recognition.narratives,
    year: recognition.year,
    options,
    report: (r) => findings.push(toFinding(rule, r)),
    declare: (spec) => {
      if (sink.held && holdsAsDeclared(spec)) return sink.held();
      const idn = toIdentity(rule.id, rule.severity === 'info' ? 'warning' : rule.severity, spec);
      if (idn) sink.identity(idn);
    },
    held: sink.held,
  };
  try {
    rule.check(ctx);
    return true;
  } catch (e) {
    findings.push(failure(grid, recognition, `校验规则「${ruleName(rule.id)}」未能完成，部分结果可能缺失。请把工作簿反馈给开发人员。`));
    void e;
    return false;
  }
}

/** A warning that part of the check could not run (our bug, never the user's data). */
function failure(grid: Grid, recognition: Recognition, message: string): Finding {
  const first = recognition.tables[0];
  return {
    rule: 'engine/rule-failed',
    severity: 'warning',
    sheet: first?.sheet ?? grid.sheets[0]?.name ?? '',
    cell: 'A1',
    message,
  };
}

export function summarizeTable(t: BudgetTable): TableSummary {
  return {
    sheet: t.sheet,
    kind: t.kind,
    title: t.title,
    range: rectToA1(t.range),
    unit: t.unit,
    year: t.year,
    rows: t.rows.length,
    empty: t.isEmpty,
    layout: t.layout,
  };
}

export function buildReport(file: string, recognition: Recognition, findings: Finding[]): Report {
  const found = new Set<TableKind>(recognition.tables.map((t) => t.kind));
  return {
    file,
    entity: recognition.entity,
    year: recognition.year,
    unit: recognition.unit,
    tables: recognition.tables.map(summarizeTable),
    findings,
    summary: summarize(findings),
    missing: TABLE_KINDS.filter((k) => !found.has(k)),
  };
}
