// Grid -> Report: the single entry point every host (CLI, add-in, web page) calls.
import type { Grid } from './grid/types';
import { computeFormulas } from './formula/compute-grid';
import { rectToA1 } from './grid/address';
import { compareFindings, summarize, type Finding, type Report, type TableSummary } from './report';
import { RULES } from './rules/index';
import { toFinding, type CheckOptions, type Rule, type RuleContext } from './rules/define-rule';
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

/** Run rules over recognized tables; a rule that crashes becomes a warning, not a crash. */
export function runRules(
  grid: Grid,
  recognition: Recognition,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  const disabled = new Set(options.disabledRules ?? []);
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    const ctx: RuleContext = {
      grid,
      tables: recognition.tables,
      narratives: recognition.narratives,
      year: recognition.year,
      options,
      report: (r) => findings.push(toFinding(rule, r)),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      const first = recognition.tables[0];
      findings.push({
        rule: 'engine/rule-failed',
        severity: 'warning',
        sheet: first?.sheet ?? grid.sheets[0]?.name ?? '',
        cell: 'A1',
        message: `校验规则「${rule.id}」未能完成，部分结果可能缺失。请把工作簿反馈给开发人员。`,
      });
      void e;
    }
  }
  // Array.prototype.sort is stable (ES2019): findings that compare equal keep the order rules reported them in.
  return findings.sort(compareFindings);
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
