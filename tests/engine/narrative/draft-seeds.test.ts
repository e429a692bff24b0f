// The issue's "done when" for drafting: every figure the seeds' own 情况说明 states (and the tables determine)
// appears in the draft; with prior-year totals the stated changes appear too.
import { draftNarrative, draftToText } from '../../../src/engine/narrative/draft';
import { tablesOnly } from './support/seeds';

function textOf(name: '000' | '001' | '002', prior?: Record<string, string>): string {
  return draftToText(draftNarrative(tablesOnly(name), prior ? { prior } : {}));
}

describe('seed 000 (Hebei, 部门)', () => {
  const text = textOf('000');

  it.each([
    ['total', '预算收入3232.07万元'],
    ['basic', '基本支出576.27万元'],
    ['personnel', '人员经费536.65万元'],
    ['public', '日常公用经费39.62万元'],
    ['project', '项目支出2655.80万元'],
    ['三公 total', '“三公”经费预算安排3.00万元'],
    ['三公 abroad', '因公出国（境）费0.00万元'],
    ['三公 vehicle', '公务用车购置及运维费3.00万元'],
    ['三公 purchase', '公务用车购置费0.00万元'],
    ['三公 operation', '公务用车运行维护费3.00万元'],
    ['三公 reception', '公务接待费0.00万元'],
    ['procurement', '政府采购预算0.00万元'],
    ['fixed assets', '固定资产金额为71.00万元'],
  ])('states %s: %s', (_name, phrase) => {
    expect(text).toContain(phrase);
  });

  it('follows the Hebei template and the 部门 wording', () => {
    const headings = ['一、部门职责及机构设置情况', '二、部门预算安排的总体情况', '1、收入说明', '2、支出说明',
      '3、比上年增减情况', '三、机关运行经费安排情况', '四、财政拨款“三公”经费预算情况及增减变化原因', '五、预算绩效信息',
      '六、政府采购预算情况', '七、国有资产信息', '八、名词解释', '九、其他需要说明的事项'];
    let at = -1;
    for (const h of headings) {
      const next = text.indexOf(`\n${h}\n`, at + 1);
      expect({ h, found: next > at }).toEqual({ h, found: true });
      at = next;
    }
    expect(text.startsWith('灵寿县医疗保障局2021年部门预算信息公开情况说明\n')).toBe(true);
  });

  it('states the changes the seed states when given the prior-year totals', () => {
    const withPrior = textOf('000', { total: '3068.24', basic: '509.44', project: '2558.80' });
    expect(withPrior).toContain('较2020年预算3068.24万元增加163.83万元');
    expect(withPrior).toContain('基本支出576.27万元，较2020年509.44万元增加66.83万元');
    expect(withPrior).toContain('项目支出2655.80万元，较2020年2558.80万元增加97.00万元');
  });

  it('does not invent 机关运行经费 for a 部门 without a 机关运行经费 table', () => {
    expect(text).toMatch(/机关运行经费共计安排【请填写：机关运行经费金额[^】]*】万元/);
    expect(text).not.toContain('6.42');
  });
});

describe('seed 001 (Hebei, 单位)', () => {
  const text = textOf('001');

  it.each([
    ['income total', '预算收入4741.97万元'],
    ['general budget', '一般公共预算拨款收入4739.01万元'],
    ['carryover', '上年结转结余2.96万元'],
    ['expenditure', '支出预算为4741.97万元'],
    ['basic', '基本支出221.01万元'],
    ['personnel', '人员经费207.53万元'],
    ['public', '日常公用经费13.48万元'],
    ['project', '项目支出4520.96万元'],
    ['三公', '“三公”经费预算安排1.00万元'],
    ['vehicle operation', '公务用车运行维护费1.00万元'],
    ['procurement', '政府采购预算42.98万元'],
    ['fixed assets', '固定资产金额为52.32万元'],
    ['a project from its 绩效目标表', '城乡居民医保县级补助资金4124.00万元'],
  ])('states %s: %s', (_name, phrase) => {
    expect(text).toContain(phrase);
  });

  it('uses the 单位 wording of its titles', () => {
    expect(text).toContain('一、单位职责及机构设置情况');
    expect(text).toContain('临西县医疗保障局本级2024年单位预算信息公开情况说明');
    expect(text).not.toContain('部门预算安排');
  });

  it('states the decrease and the increase the seed states', () => {
    const withPrior = textOf('001', { total: '4949.76', basic: '216.76', project: '4733.00' });
    expect(withPrior).toContain('较2023年预算4949.76万元减少207.79万元');
    expect(withPrior).toContain('较2023年216.76万元增加4.25万元');
    expect(withPrior).toContain('较2023年4733.00万元减少212.04万元');
  });
});

describe('seed 002 (Henan)', () => {
  const text = textOf('002');

  it.each([
    ['basic share', '基本支出57.47万元，占40.62%'],
    ['project share', '项目支出84.00万元，占59.38%'],
    ['社会保障和就业 share', '社会保障和就业支出5.95万元，占4.21%'],
    ['卫生健康 share', '卫生健康支出131.40万元，占92.88%'],
    ['住房保障 share', '住房保障支出4.12万元，占2.91%'],
    ['personnel', '人员经费56.27万元'],
    ['public', '公用经费1.20万元'],
    ['机关运行经费 from its table', '机关运行经费支出预算1.20万元'],
    ['三公', '“三公”经费预算为0.00万元'],
  ])('states %s: %s', (_name, phrase) => {
    expect(text).toContain(phrase);
  });

  it('follows the Henan parts', () => {
    const parts = ['第一部分 概况', '第二部分 沁阳市医疗保障局2020年部门预算情况说明', '一、收入支出预算总体情况说明',
      '五、一般公共预算支出预算情况说明', '九、“三公”经费支出预算情况说明', '十、其他重要事项的情况说明', '第三部分 名词解释'];
    for (const p of parts) expect(text).toContain(`\n${p}\n`);
  });

  it('can be drafted in the other template on request', () => {
    const hebei = draftToText(draftNarrative(tablesOnly('002'), { template: 'hebei' }));
    expect(hebei).toContain('八、名词解释');
    expect(hebei).not.toContain('第三部分 名词解释');
  });
});
