// Which table figures a phrase in the narrative may rightly state (「预算收入」 may be 本年收入合计 or 收入总计).
import type { Money } from '../money';
import type { BudgetFacts } from './facts';
import type { FigureKey } from './label-keys';

function present(values: (Money | null | undefined)[]): Money[] {
  return values.filter((v): v is Money => v !== null && v !== undefined);
}

function source(facts: BudgetFacts, key: string): Money | undefined {
  return facts.incomeSources.find((s) => s.key === key)?.amount;
}

/** The acceptable values for a key; empty when the tables do not determine it. */
export function candidatesFor(key: FigureKey, facts: BudgetFacts): Money[] {
  if (key.startsWith('class:')) return present([facts.classes.find((c) => `class:${c.name}` === key)?.amount]);
  const tp = facts.threePublic;
  switch (key) {
    case 'total':
      return present([facts.incomeTotal, facts.incomeGrandTotal, facts.expenditureTotal, facts.expenditureGrandTotal]);
    case 'generalBudget':
      return present([source(facts, 'generalBudget'), facts.generalBudgetTotal, facts.fiscalGrantTotal]);
    case 'govFund':
      return present([source(facts, 'govFund'), facts.govFundExpenditure]);
    case 'stateCapital':
      return present([source(facts, 'stateCapital'), facts.stateCapitalExpenditure]);
    case 'fiscalAccount':
    case 'unitFunds':
      return present([source(facts, key)]);
    case 'carryover':
      return present([facts.carryover]);
    case 'basic':
      return present([facts.basic, facts.basicGeneralBudget]);
    case 'personnel':
    case 'public':
    case 'project':
    case 'procurement':
    case 'fixedAssets':
    case 'agencyOperating':
      return present([facts[key]]);
    case 'fiscalGrant':
      return present([facts.fiscalGrantTotal, facts.fiscalGrantGrandTotal]);
    case 'threePublic':
      return present([tp?.total]);
    case 'abroad':
    case 'vehicle':
    case 'vehiclePurchase':
    case 'vehicleOperation':
    case 'reception':
      return present([tp?.[key]]);
    default:
      return [];
  }
}
