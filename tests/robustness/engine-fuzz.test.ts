// The engine never throws on a clerk's workbook: random grids and mutated seed workbooks always give a report
// that matches the JSON contract, and no rule crashes (a crash would surface as an engine/rule-failed warning).
// Seeded and bounded: the same cases run on every machine, in a few seconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { check } from '../../src/engine/check';
import type { Grid } from '../../src/engine/grid/types';
import type { Report } from '../../src/engine/report';
import { specToGrid, type WorkbookSpec } from '../fixtures/workbook-spec';
import { seed000Workbook, seed001Workbook, seed002Workbook, seed004Workbook } from '../fixtures/seeds/workbooks';
import { gridArb, mergeArb, MUTATIONS, mutationPlanArb, randomSource } from './arbitraries';

const validate = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'report.schema.json'), 'utf8')));
})();

/** Check the grid and return what is wrong with the outcome ('' when it is a valid report without crashes). */
function outcome(grid: Grid): string {
  let report: Report;
  try {
    report = check(grid, 'fuzz.xlsx');
  } catch (e) {
    return `check threw: ${e instanceof Error ? e.stack : String(e)}`;
  }
  const crashed = report.findings.filter((f) => f.rule === 'engine/rule-failed').map((f) => f.message);
  if (crashed.length > 0) return `rules crashed: ${crashed.join(' / ')}`;
  if (!validate(JSON.parse(JSON.stringify(report)))) return `report breaks the schema: ${JSON.stringify(validate.errors)}`;
  return '';
}

const SEEDS: Record<string, () => WorkbookSpec> = {
  '000': () => seed000Workbook().spec,
  '001': () => seed001Workbook().spec,
  '002': () => seed002Workbook().spec,
  '004': () => seed004Workbook(),
};

describe('engine fuzz: check() always returns a valid report', () => {
  it('on random grids (seed words, odd Unicode, extreme numbers, formulas, errors, merged chaos)', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        expect(outcome(grid)).toBe('');
      }),
      { seed: 20260808, numRuns: 1500 },
    );
  });

  it.each(Object.keys(SEEDS))('on mutated seed %s workbooks (rows shuffled/deleted, text and extremes in amounts, merges)', (name) => {
    const base = SEEDS[name]();
    fc.assert(
      fc.property(mutationPlanArb, fc.array(mergeArb, { maxLength: 3 }), (plan, merges) => {
        const spec = structuredClone(base);
        const pick = randomSource(plan.seed);
        for (const m of plan.names) MUTATIONS[m](spec, pick);
        const grid = specToGrid(spec);
        grid.sheets[0]?.merges.push(...merges);
        expect(outcome(grid)).toBe('');
      }),
      { seed: 8000 + Number(name), numRuns: name === '004' ? 60 : 120 },
    );
  });

  it('reports a seed mutation it cannot survive, so the assertion above can fail', () => {
    const grid = specToGrid(seed000Workbook().spec);
    const broken = { ...grid, sheets: [...grid.sheets, null as unknown as Grid['sheets'][number]] };
    expect(outcome(broken)).toMatch(/^check threw/);
  });
});
