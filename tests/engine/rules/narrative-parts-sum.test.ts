import { narrativePartsSum } from '../../../src/engine/rules/narrative-parts-sum';
import { runOn, SHEET } from '../narrative/support/narrative-grid';
import { tablesOnly } from '../narrative/support/seeds';

describe('narrative/parts-sum', () => {
  it.each([
    ['seed 000 支出说明', '2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.8万元，主要为医疗救助1971万元；离休干部、伤残军人药费500万元; 其他支出0万元。'],
    ['seed 001 收入说明', '2024 年预算收入 4741.97 万元，其中：一般公共预算收入 4739.01 万元，基金预算收入 0.00 万元，上年结转结余 2.96 万元。'],
    ['seed 000 三公', '“三公”经费预算安排3万元，其中因公出国（境）费0万元；公务用车购置及运维费3万元（其中：公务用车购置费0万元，公务用车运行维护费3万元)；公务接待费0万元。'],
    ['seed 004 changes', '收支安排16396.58万元，较上年增加2566.91万元，其中：基本支出减少7.09万元，主要是人员减少；项目支出增长2574.00万元。'],
    ['a partial list is not checked', '基本支出576.27万元，包括人员经费536.65万元等。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativePartsSum, [text]).at).toEqual([]);
  });

  it.each([
    ['基本 ≠ 人员 + 公用', '其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费36.92万元。', '576.27', '573.57'],
    ['支出 ≠ 基本 + 项目', '支出预算为3232.07万元，其中基本支出576.27万元；项目支出2565.80万元。', '3232.07', '3142.07'],
    ['三公 parts', '“三公”经费预算安排5.00万元，其中因公出国（境）费0.00万元；公务用车购置及运维费3.00万元；公务接待费1.00万元。', '5.00', '4.00'],
    ['收入 sources', '预算收入4741.97万元，其中：一般公共预算收入4739.01万元，上年结转结余2.69万元。', '4741.97', '4741.70'],
    ['signed changes', '收支安排100.00万元，较上年增加10.00万元，其中：基本支出减少2.00万元；项目支出增加11.00万元。', '10.00', '9.00'],
  ])('invalid without tables (a tie: no 应为): %s', (_name, text, whole, sum) => {
    const { at, findings } = runOn(narrativePartsSum, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].expected ?? null).toBeNull();
    expect(findings[0].message).toContain(`${whole} 万元与其后所列各项之和 ${sum} 万元不符，请核对`);
  });

  describe('with the tables (seed 000): the figure the tables do not confirm is the one to change', () => {
    const tables = () => tablesOnly('000');

    it('a part the tables do not state: 应为 is the whole minus the other parts', () => {
      const text = '2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.80万元，其他支出1.00万元。';
      const { at, findings } = runOn(narrativePartsSum, [text], tables());
      expect(at).toEqual([`${SHEET}!A2 error`]);
      expect(findings[0]).toMatchObject({ expected: '0.00', actual: '1.00' });
      expect(findings[0].message).toContain('其他支出应为 0.00 万元');
    });

    it('a wrong part the tables state is left to figure-mismatch: no second finding', () => {
      const text = '其中基本支出576.27万元，包括人员经费563.65万元和日常公用经费39.62万元。';
      expect(runOn(narrativePartsSum, [text], tables()).at).toEqual([]);
    });
  });
});
