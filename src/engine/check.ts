// Grid -> Report: the single entry point every host (CLI, add-in, web page) calls.
import type { Grid } from './grid/types';
import { computeFormulas } from './formula/compute-grid';
import { rectToA1 } from './grid/address';
import { compareFindings, summarize, type Finding, type Report, type TableSummary } from './report';
import { RULES } from './rules/index';
import { toFinding, type CheckOptions, type Rule, type RuleContext } from './rules/define-rule';
import { diagnose } from './diagnosis/diagnose';
import { toIdentity, type Identity } from './diagnosis/identity';
import { evaluateIdentity } from './diagnosis/evaluate';
import { toDiagnosisFinding } from './diagnosis/finding';
import { ruleName } from './messages/rule-names';
import { recognizeWorkbook, type Recognition } from './tables/recognize';
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
  return buildReport(file, recognition, runRules(grid, recognition, options, rules));
}

/**
 * Run rules over recognized tables, then diagnose the identities they declared; never throws on the user's data.
 * A big workbook declares hundreds of thousands of identities and nearly all hold: the first pass keeps only those
 * that do not, and only when one is violated are the declaring rules run again for every identity the diagnosis
 * weighs (holding ones included), so a clean workbook never holds them all in memory.
 */
export function runRules(
  grid: Grid,
  recognition: Recognition,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  const kept: Identity[] = [];
  const declaring: Rule[] = [];
  let violated = false;
  const disabled = new Set(options.disabledRules ?? []);
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    let declared = false;
    runRule(grid, recognition, options, rule, findings, (idn) => {
      declared = true;
      const status = evaluateIdentity(idn).status;
      if (status === 'ok') return;
      kept.push(idn);
      if (status === 'mismatch') violated = true;
    });
    if (declared) declaring.push(rule);
  }
  try {
    const identities = violated ? declaredBy(grid, recognition, options, declaring) : kept;
    findings.push(...diagnose(identities, recognition.tables).map(toDiagnosisFinding));
  } catch (e) {
    findings.push(failure(grid, recognition, '合计与分项的核对未能完成，部分结果可能缺失。请把工作簿反馈给开发人员。'));
    void e;
  }
  // Array.prototype.sort is stable (ES2019): findings that compare equal keep the order rules reported them in.
  return findings.sort(compareFindings);
}

/** Every identity the given rules declare (their condition reports were already collected). */
function declaredBy(grid: Grid, recognition: Recognition, options: CheckOptions, rules: readonly Rule[]): Identity[] {
  const all: Identity[] = [];
  for (const rule of rules) runRule(grid, recognition, options, rule, [], (idn) => all.push(idn));
  return all;
}

/** Run one rule; a rule that crashes becomes a warning, not a crash. */
function runRule(
  grid: Grid,
  recognition: Recognition,
  options: CheckOptions,
  rule: Rule,
  findings: Finding[],
  onIdentity: (idn: Identity) => void,
): void {
  const ctx: RuleContext = {
    grid,
    tables: recognition.tables,
    narratives: recognition.narratives,
    year: recognition.year,
    options,
    report: (r) => findings.push(toFinding(rule, r)),
    declare: (spec) => {
      const idn = toIdentity(rule.id, rule.severity === 'info' ? 'warning' : rule.severity, spec);
      if (idn) onIdentity(idn);
    },
  };
  try {
    rule.check(ctx);
  } catch (e) {
    findings.push(failure(grid, recognition, `校验规则「${ruleName(rule.id)}」未能完成，部分结果可能缺失。请把工作簿反馈给开发人员。`));
    void e;
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
