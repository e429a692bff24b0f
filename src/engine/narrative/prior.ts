// Last year's figures read from last year's workbook, so the clerk does not retype them.
import { formatAmount, type Money } from '../money';
import type { BudgetTable } from '../tables/types';
import { extractFacts, type BudgetFacts } from './facts';
import type { PriorYear } from './types';

/** A figure of the prior year (every PriorYear field but the year). */
export type PriorAmountKey = Exclude<keyof PriorYear, 'year'>;

/** The facts a later year's 说明 compares with, by PriorYear field (null/undefined: the tables do not say). */
export function priorFigures(f: BudgetFacts): [PriorAmountKey, Money | null | undefined][] {
  const tp = f.threePublic;
  return [
    ['total', f.expenditureGrandTotal ?? f.expenditureTotal],
    ['basic', f.basic],
    ['project', f.project],
    ['personnel', f.personnel],
    ['public', f.public],
    ['threePublic', tp?.total],
    ['abroad', tp?.abroad],
    ['vehicle', tp?.vehicle],
    ['vehiclePurchase', tp?.vehiclePurchase],
    ['vehicleOperation', tp?.vehicleOperation],
    ['reception', tp?.reception],
    ['agencyOperating', f.agencyOperating],
  ];
}

/** The PriorYear a previous year's tables determine (only figures the tables state). */
export function priorFromTables(tables: readonly BudgetTable[]): PriorYear {
  const f = extractFacts(tables);
  const out: PriorYear = {};
  if (f.year !== null) out.year = f.year;
  for (const [key, m] of priorFigures(f)) if (m) out[key] = formatAmount(m);
  return out;
}

/** Figures the clerk typed win over those read from last year's workbook. */
export function mergePrior(typed: PriorYear | undefined, fromWorkbook: PriorYear | undefined): PriorYear {
  const out: PriorYear = { ...(fromWorkbook ?? {}) };
  for (const [k, v] of Object.entries(typed ?? {})) {
    if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
