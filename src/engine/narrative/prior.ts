// Last year's figures read from last year's workbook, so the clerk does not retype them.
import { formatAmount, type Money } from '../money';
import type { BudgetTable } from '../tables/types';
import { extractFacts } from './facts';
import type { PriorYear } from './types';

type AmountKey = Exclude<keyof PriorYear, 'year'>;

/** The PriorYear a previous year's tables determine (only figures the tables state). */
export function priorFromTables(tables: readonly BudgetTable[]): PriorYear {
  const f = extractFacts(tables);
  const tp = f.threePublic;
  const values: [AmountKey, Money | null | undefined][] = [
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
  const out: PriorYear = {};
  if (f.year !== null) out.year = f.year;
  for (const [key, m] of values) if (m) out[key] = formatAmount(m);
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
