import { narrativeConflictingAmounts } from '../../../src/engine/rules/narrative-conflicting-amounts';
import { runOn, SHEET } from '../narrative/support/narrative-grid';
import { tablesOnly } from '../narrative/support/seeds';

describe('narrative/conflicting-amounts', () => {
  it.each([
    ['the same amount twice, at another precision', ['机关运行经费共计安排6.42万元。', '机关运行经费6.4200万元，主要用于办公费。']],
    ['seed 000 三公 at two precisions', ['“三公”经费预算安排3万元。', '“三公”经费预算3.00万元，与2020年相比持平。']],
    ['收入合计 and 收入总计 may differ (carry-over)', ['收入合计4739.01万元。', '收入总计4741.97万元。']],
    ['last year\'s figure is not this year\'s', ['机关运行经费6.42万元，较上年5.00万元增加1.42万元。']],
  ])('valid: %s', (_name, paragraphs) => {
    expect(runOn(narrativeConflictingAmounts, paragraphs).at).toEqual([]);
  });

  it('invalid: 机关运行经费 stated as 6.42 and 6.24', () => {
    const { at, findings } = runOn(narrativeConflictingAmounts, ['三、机关运行经费安排情况', '机关运行经费共计安排6.42万元。', '其中机关运行经费6.24万元用于办公费。']);
    expect(at).toEqual([`${SHEET}!A4 error`]);
    expect(findings[0].related).toEqual([{ sheet: SHEET, cell: 'A3' }]);
    expect(findings[0].message).toContain('A3 处写 6.42 万元');
    expect(findings[0].message).toContain('6.24 万元');
  });

  it('invalid: two amounts in one paragraph', () => {
    const { at } = runOn(narrativeConflictingAmounts, ['政府采购预算15.80万元，其中货物5.30万元；全年政府采购预算共计15.08万元。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
  });

  it('leaves figures the tables determine to figure-mismatch (seed 000 三公 is 3.00)', () => {
    expect(runOn(narrativeConflictingAmounts, ['“三公”经费3.00万元。', '“三公”经费2.00万元。'], tablesOnly('000')).at).toEqual([]);
  });
});
