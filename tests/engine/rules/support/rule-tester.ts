// The shared rule tester (after ESLint's RuleTester): per rule, valid table sets that give none of its findings and
// invalid sets whose findings from that rule are matched exactly — the cell, the severity and the value to type.
// Every case runs the whole engine (all rules, one diagnosis), as a clerk's check does, so a case also proves the
// finding lands on the cell to change when the other rules' identities take part.
import { runRules } from '../../../../src/engine/check';
import type { Finding, Severity } from '../../../../src/engine/report';
import { RULES } from '../../../../src/engine/rules/index';
import type { CheckOptions } from '../../../../src/engine/rules/define-rule';
import type { BudgetTable, NarrativeBlock } from '../../../../src/engine/tables/types';
import type { Grid } from '../../../../src/engine/grid/types';
import { buildTable, type TableSpec } from './build-table';

/** What a case is checked on: table specs, or already recognized tables with narratives and the grid. */
export type CaseInput =
  | TableSpec[]
  | { tables: BudgetTable[]; narratives?: NarrativeBlock[]; grid?: Grid; year?: number | null; options?: CheckOptions };

/** One expected finding: where ("sheet!C3"), its severity, and the value to type (null: none is given). */
export interface Expected {
  at: string;
  severity: Severity;
  expected?: string | null;
}

/** A valid case: none of the rule's findings. */
export interface ValidCase {
  name: string;
  input: CaseInput;
}

/** An invalid case: exactly these findings of the rule. */
export interface InvalidCase extends ValidCase {
  findings: Expected[];
}

/** Run every rule over a case and keep the findings of one rule. */
export function findingsOf(ruleId: string, input: CaseInput): Finding[] {
  const tables = Array.isArray(input) ? input.map(buildTable) : input.tables;
  const narratives = Array.isArray(input) ? [] : input.narratives ?? [];
  const grid = Array.isArray(input) ? { sheets: [] } : input.grid ?? { sheets: [] };
  const year = Array.isArray(input) ? 2021 : input.year === undefined ? 2021 : input.year;
  const options = Array.isArray(input) ? {} : input.options ?? {};
  const recognition = { tables, narratives, entity: null, year, unit: null };
  return runRules(grid, recognition, options, RULES).filter((f) => f.rule === ruleId);
}

function shape(f: Finding, withExpected: boolean): Expected {
  const out: Expected = { at: `${f.sheet}!${f.cell}`, severity: f.severity };
  if (withExpected) out.expected = f.expected ?? null;
  return out;
}

/** Register the valid and invalid cases of a rule as jest tests. */
export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('is registered', () => expect(RULES.some((r) => r.id === ruleId)).toBe(true));
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(findingsOf(ruleId, c.input).map((f) => shape(f, true))).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const withExpected = c.findings.some((f) => f.expected !== undefined);
      expect(findingsOf(ruleId, c.input).map((f) => shape(f, withExpected))).toEqual(c.findings);
    });
  });
}
