// Every finding the rules produce on changed seed workbooks follows the report contract, and the registry is sound.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/engine/check';
import type { Report } from '../../src/engine/report';
import { RULES } from '../../src/engine/rules/index';
import { specToGrid, type WorkbookSpec } from '../fixtures/workbook-spec';
import { findCell, mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { seed001Blocks } from '../fixtures/seeds/seed001';
import { seed002Blocks } from '../fixtures/seeds/seed002';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(__dirname, '../fixtures/report.schema.json'), 'utf8')),
);

/** Change the first cell holding `from` on a sheet. */
function typo(spec: WorkbookSpec, sheet: string, from: number, to: number | string): WorkbookSpec {
  const a1 = findCell(spec, sheet, (c) => c === from || (typeof c === 'object' && c !== null && c.v === from));
  if (!a1) throw new Error(`no ${from} on ${sheet}`);
  return mutateCell(spec, sheet, a1, to);
}

function reports(): Report[] {
  const s000 = onePerSheet(seed000Blocks()).spec;
  const s001 = onePerSheet(seed001Blocks()).spec;
  const s002 = onePerSheet(seed002Blocks()).spec;
  const specs = [
    typo(s000, '表3', 95.46, 95.64),
    typo(s000, '收入总表', 3232.07, '3232.07元'),
    typo(s000, '三公经费', 3, 3.3),
    typo(s001, 'Sheet1', 2.96, 2.69),
    typo(s001, '政府采购', 42.98, 43.98),
    typo(s002, '表3', 0.93, 0.39),
    typo(s002, '基本支出情况表', 57.47, 57.74),
  ];
  return specs.map((s) => check(specToGrid(s), 'fixture.xlsx'));
}

describe('findings follow the contract', () => {
  const all = reports();

  it('each report validates against report.schema.json and has errors', () => {
    for (const r of all) {
      expect(validate(r)).toBe(true);
      expect(r.summary.errors).toBeGreaterThan(0);
    }
  });

  it('no rule crashes on changed data', () => {
    expect(all.flatMap((r) => r.findings).filter((f) => f.rule === 'engine/rule-failed')).toEqual([]);
  });

  it('expected / actual of the validation rules are decimal text; messages are Chinese with no unfilled placeholder', () => {
    for (const f of all.flatMap((r) => r.findings)) {
      const mine = !f.rule.startsWith('codes/') && !f.rule.startsWith('narrative/');
      if (mine) for (const v of [f.expected, f.actual]) if (v != null) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
      if (mine) expect(f.table).toBeTruthy(); // the text output groups findings by table
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message).not.toMatch(/\{\{/);
    }
  });

  it('errors come first', () => {
    for (const r of all) {
      const order = r.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe('rule registry', () => {
  it('ids are unique and every rule describes itself in Chinese', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('registers every rule of the validation issue', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const wanted = [
      'rollup/class-sum', 'rollup/section-sum', 'rollup/item-sum', 'rollup/total-sum', 'rollup/econ-sum',
      'row/expenditure-split', 'row/income-split', 'row/basic-split', 'row/project-split', 'row/grand-total',
      'row/fund-split', 'summary/income-total', 'summary/expenditure-total', 'summary/grand-totals',
      'summary/balance', 'cross/summary-vs-expenditure', 'cross/totals-agree', 'cross/fiscal-vs-general',
      'cross/general-vs-expenditure', 'cross/basic-vs-general', 'three-public/sum', 'three-public/vehicle-vs-basic',
      'cross/operating-vs-public', 'cross/fund-tables-presence', 'procurement/sum', 'procurement/price-times-quantity',
      'fixed-assets/sum', 'performance/cost-exceeds-budget', 'cell/not-a-number', 'cell/decimals', 'cell/negative',
      'cell/formula-error',
    ];
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });
});
