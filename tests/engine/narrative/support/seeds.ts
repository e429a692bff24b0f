// Seed workbooks through the real recognizer, once per test file: what the narrative code sees in production.
import { specToGrid, type WorkbookSpec } from '../../../fixtures/workbook-spec';
import { seed000Workbook, seed001Workbook, seed002Workbook, seed004Workbook } from '../../../fixtures/seeds/workbooks';
import { runRules } from '../../../../src/engine/check';
import type { Grid } from '../../../../src/engine/grid/types';
import type { Finding } from '../../../../src/engine/report';
import type { Rule } from '../../../../src/engine/rules/define-rule';
import { RULES } from '../../../../src/engine/rules/index';
import { recognizeWorkbook, type Recognition } from '../../../../src/engine/tables/recognize';

export type SeedName = '000' | '001' | '002' | '004';

const SPECS: Record<SeedName, () => WorkbookSpec> = {
  '000': () => seed000Workbook().spec,
  '001': () => seed001Workbook().spec,
  '002': () => seed002Workbook().spec,
  '004': () => seed004Workbook(),
};

const cache = new Map<SeedName, { grid: Grid; rec: Recognition }>();

/** The seed's grid and recognition (tables and narrative blocks). */
export function seed(name: SeedName): { grid: Grid; rec: Recognition } {
  let hit = cache.get(name);
  if (!hit) {
    const grid = specToGrid(SPECS[name]());
    hit = { grid, rec: recognizeWorkbook(grid) };
    cache.set(name, hit);
  }
  return hit;
}

/** The seed's workbook without its narrative sheet (the tables only). */
export function tablesOnly(name: SeedName): Recognition['tables'] {
  return seed(name).rec.tables;
}

/** The narrative/* rules of the registry (so a test also proves they are registered). */
export const NARRATIVE_RULES: readonly Rule[] = RULES.filter((r) => r.id.startsWith('narrative/'));

/** Run the narrative rules over a grid and its recognition. */
export function narrativeFindings(grid: Grid, rec: Recognition, rules: readonly Rule[] = NARRATIVE_RULES): Finding[] {
  return runRules(grid, rec, {}, rules);
}
