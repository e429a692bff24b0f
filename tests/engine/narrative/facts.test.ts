import { ZERO, formatAmount, type Money } from '../../../src/engine/money';
import { extractFacts } from '../../../src/engine/narrative/facts';
import { buildTable } from '../rules/support/build-table';
import { tablesOnly } from './support/seeds';

const f = (m: Money | null | undefined) => (m ? formatAmount(m) : m);

describe('extractFacts from recognized seed tables', () => {
  it('seed 000: totals, split, 三公, 采购, 资产; no 机关运行经费 without its table', () => {
    const facts = extractFacts(tablesOnly('000'));
    expect([facts.entity, facts.year, facts.wording, facts.layout]).toEqual(['灵寿县医疗保障局', 2021, '部门', 'hebei']);
    expect([facts.incomeTotal, facts.expenditureTotal, facts.basic, facts.personnel, facts.public, facts.project].map(f))
      .toEqual(['3232.07', '3232.07', '576.27', '536.65', '39.62', '2655.80']);
    expect(facts.threePublic && Object.fromEntries(Object.entries(facts.threePublic).map(([k, v]) => [k, f(v)]))).toEqual({
      total: '3.00', abroad: '0.00', vehicle: '3.00', vehiclePurchase: '0.00', vehicleOperation: '3.00', reception: '0.00',
    });
    expect([f(facts.procurement), f(facts.fixedAssets), facts.agencyOperating]).toEqual(['0.00', '71.00', null]);
    expect(facts.classes.map((c) => [c.code, c.name, f(c.amount)])).toEqual([
      ['208', '社会保障和就业支出', '60.25'], ['210', '卫生健康支出', '3133.12'], ['221', '住房保障支出', '38.70'],
    ]);
  });

  it('seed 001: 单位 wording, carryover, grand totals, 绩效目标表 projects', () => {
    const facts = extractFacts(tablesOnly('001'));
    expect(facts.wording).toBe('单位');
    expect([facts.incomeTotal, facts.incomeGrandTotal, facts.carryover].map(f)).toEqual(['4739.01', '4741.97', '2.96']);
    expect(facts.performanceProjects.length).toBe(8);
    expect(f(facts.performanceProjects.reduce((acc, p) => acc.plus(p.budget ?? ZERO), ZERO))).toBe('4520.96');
  });

  it('seed 002: Henan layout, 机关运行经费 from its table', () => {
    const facts = extractFacts(tablesOnly('002'));
    expect(facts.layout).toBe('henan');
    expect([facts.basic, facts.personnel, facts.public, facts.project, facts.agencyOperating, facts.generalBudgetTotal].map(f))
      .toEqual(['57.47', '56.27', '1.20', '84.00', '1.20', '141.47']);
  });

  it('converts tables in 元 to 万元', () => {
    const t = buildTable({
      kind: 'expenditure-summary',
      unit: '元',
      columns: ['total', 'basic', 'project'],
      rows: [{ name: '合计', v: [32320700, 5762700, 26558000] }],
    });
    const facts = extractFacts([t]);
    expect([facts.expenditureTotal, facts.basic, facts.project].map(f)).toEqual(['3232.07', '576.27', '2655.80']);
  });

  it('says nothing (null) when there are no tables', () => {
    const facts = extractFacts([]);
    expect([facts.incomeTotal, facts.basic, facts.threePublic, facts.procurement, facts.fixedAssets]).toEqual([null, null, null, null, null]);
  });
});
