import { draftNarrative, draftToText } from '../../../src/engine/narrative/draft';
import { mergePrior, priorFromTables } from '../../../src/engine/narrative/prior';
import { tablesOnly } from './support/seeds';

describe('prior-year figures from last year\'s workbook', () => {
  it('reads the figures the tables state, as decimal text in 万元', () => {
    expect(priorFromTables(tablesOnly('000'))).toEqual({
      year: 2021, total: '3232.07', basic: '576.27', project: '2655.80', personnel: '536.65', public: '39.62',
      threePublic: '3.00', abroad: '0.00', vehicle: '3.00', vehiclePurchase: '0.00', vehicleOperation: '3.00', reception: '0.00',
    });
    expect(priorFromTables(tablesOnly('002')).agencyOperating).toBe('1.20');
    expect(priorFromTables([])).toEqual({});
  });

  it('feeds a draft (a later year compared with it)', () => {
    const text = draftToText(draftNarrative(tablesOnly('001'), { prior: priorFromTables(tablesOnly('000')) }));
    expect(text).toContain('较2021年预算3232.07万元增加1509.90万元');
    expect(text).toContain('“三公”经费预算1.00万元，较2021年预算3.00万元减少2.00万元');
  });

  it('lets typed figures win over those read from the workbook', () => {
    expect(mergePrior({ total: '1.00', basic: '' }, { year: 2020, total: '2.00', basic: '3.00' })).toEqual({ year: 2020, total: '1.00', basic: '3.00' });
  });
});

describe('texts the clerk types', () => {
  it('keeps every input in `fillable` after it is filled, and drops 万元 typed after an amount', () => {
    const draft = draftNarrative(tablesOnly('000'), { texts: { agency: '6.42万元' } });
    expect(draft.placeholders.map((p) => p.key)).not.toContain('agency');
    expect(draft.fillable?.map((p) => p.key)).toContain('agency');
    expect(draftToText(draft)).toContain('机关运行经费共计安排6.42万元，主要用于');
  });
});
