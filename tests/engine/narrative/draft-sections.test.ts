// Issue 16 item 1: the draft has every section the real documents have, from whatever tables the workbook holds,
// with placeholders only for what no table gives and no guessing hints.
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { draftNarrative, draftToMarkdown, draftToText, sectionBlocks } from '../../../src/engine/narrative/draft';
import type { DraftTable, NarrativeDraft } from '../../../src/engine/narrative/types';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { seed } from './support/seeds';

function draftOf(name: '000' | '001' | '002', options: Parameters<typeof draftNarrative>[1] = {}): NarrativeDraft {
  const { grid, rec } = seed(name);
  return draftNarrative(rec.tables, { grid, ...options });
}

function section(draft: NarrativeDraft, heading: string) {
  const s = draft.sections.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s;
}

function tablesIn(draft: NarrativeDraft, heading: string): DraftTable[] {
  return sectionBlocks(section(draft, heading)).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

describe('Hebei (seeds 000 and 001)', () => {
  it('机构设置 as a table from the workbook\'s 机构设置情况 table, and 机关及所属事业单位 when there are several units', () => {
    const draft = draftOf('000');
    const [org] = tablesIn(draft, '一、部门职责及机构设置情况');
    expect(org.caption).toBe('部门机构设置情况');
    expect(org.rows).toEqual([
      ['灵寿县医疗保障局本级', '行政', '正科级', '财政拨款'],
      ['灵寿县医疗保险管理中心', '事业', '正科级', '财政性资金基本保证'],
    ]);
    expect(draft.placeholders.map((p) => p.key)).not.toContain('organization');
    expect(section(draft, '二、部门预算安排的总体情况').paragraphs[0]).toContain('灵寿县医疗保障局机关及所属事业单位的收支包含在部门预算中');
  });

  it('机构设置 is a placeholder without such a table (tables only)', () => {
    const draft = draftNarrative(seed('000').rec.tables);
    expect(draft.placeholders.map((p) => p.key)).toContain('organization');
    expect(tablesIn(draft, '一、部门职责及机构设置情况')).toEqual([]);
  });

  it('no guessing hint for 机关运行经费 (seed 000 published 6.42, its 公用经费 is 39.62)', () => {
    const draft = draftOf('000');
    const text = section(draft, '三、机关运行经费安排情况').paragraphs.join('');
    expect(text).not.toMatch(/公用经费|39\.62|6\.42/);
    expect(text).toContain('【请填写：机关运行经费金额');
    expect(text).toContain('【请填写：机关运行经费主要用途】');
  });

  it('项目支出 by project from the 绩效目标表, largest first, never by 功能科目', () => {
    const text = draftToText(draftOf('001'));
    expect(text).toContain('项目支出4520.96万元，主要为城乡居民医保县级补助资金4124.00万元、长期护理险县级补助255.00万元、特殊困难群体医疗救助参保资助县级补助资金71.00万元');
    const none = draftOf('000');
    expect(section(none, '2、支出说明').paragraphs[0]).toContain('主要为【请填写：主要项目及金额');
  });

  it('项目支出 by the 项目名称 of a 项目支出表', () => {
    const grid: Grid = {
      sheets: [sheetFromValues('项目', [
        ['部门预算项目支出表'],
        ['473灵寿县医疗保障局', '预算年度：2021', '单位：万元'],
        ['科目编码', '科目名称', '项目名称', '合计'],
        [null, '合计', null, 2655.8],
        ['2101301', '城乡医疗救助', '城乡医疗救助县级补助项目', 1971],
        ['2101101', '行政单位医疗', '离休干部、伤残军人药费', 500],
      ])],
    };
    const rec = recognizeWorkbook(grid);
    const draft = draftNarrative([...seed('000').rec.tables, ...rec.tables], { grid });
    expect(section(draft, '2、支出说明').paragraphs[0]).toContain('主要为城乡医疗救助县级补助项目1971.00万元、离休干部、伤残军人药费500.00万元。');
  });

  it('预算绩效信息: the forms counted with their money, each project with its goal and an indicator table', () => {
    const draft = draftOf('001');
    const s = section(draft, '（二）项目绩效目标');
    expect(s.paragraphs[0]).toBe('2024年，我单位共有8个项目编制了绩效目标，涉及资金4520.96万元。');
    expect(s.paragraphs).toContain('1、医疗保障基金监管执法经费，预算14.00万元。');
    expect(s.paragraphs).toContain('绩效目标：1.建立健全医疗保障基金监督管理制度，保障基金安全，提高基金使用效率；2.确保医疗保障基金安全、有效支行。');
    const tables = tablesIn(draft, '（二）项目绩效目标');
    expect(tables).toHaveLength(8);
    expect(tables[0].header).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(tables[0].rows[0]).toEqual(['产出指标', '数量指标', '检查稽核次数', '≥2次']);
    expect(draft.placeholders.map((p) => p.key)).not.toContain('performance.projects');
  });

  it('政府采购: total, 货物/工程/服务 by catalog, the 中小企业 share, and the items as a table', () => {
    const draft = draftOf('001');
    const s = section(draft, '六、政府采购预算情况');
    expect(s.paragraphs[0]).toBe(
      '2024年，临西县医疗保障局本级安排政府采购预算42.98万元，其中：政府采购货物预算13.98万元、政府采购工程预算0.00万元、' +
        '政府采购服务预算29.00万元；预留中小企业采购份额41.98万元，占政府采购预算的97.67%。',
    );
    const [table] = tablesIn(draft, '六、政府采购预算情况');
    expect(table.rows).toHaveLength(26);
    expect(table.rows[0]).toEqual(['公用经费', '复印纸', 'A05040101', '箱', '10', '0.02', '0.20']);
    expect(table.rows[25]).toEqual(['合计', '', '', '', '', '', '42.98']);
  });

  it('an empty 政府采购 table is stated as zero with its 空表 note (seed 000)', () => {
    const [table] = tablesIn(draftOf('000'), '六、政府采购预算情况');
    expect(table.rows).toEqual([]);
    expect(table.note).toBe('注：无政府采购预算，空表列示。');
  });

  it('国有资产: 上年末 assets, 拟购置 from the equipment and furniture bought (seed 001 published 5.33), and the table', () => {
    const draft = draftOf('001');
    expect(section(draft, '七、国有资产信息').paragraphs[0]).toBe(
      '临西县医疗保障局本级上年末固定资产金额为52.32万元（详见下表）。本年度拟购置固定资产总额为5.33万元，已按要求列入政府采购预算，详见政府采购预算表。',
    );
    const [table] = tablesIn(draft, '七、国有资产信息');
    expect(table.rows).toContainEqual(['2、车辆（台、辆）', '1', '6.28']);
    expect(table.rows[0]).toEqual(['资产总额', '', '52.32']);
  });

  it('三公 item by item when the prior-year items are given, with a reason only for a change', () => {
    const draft = draftOf('001', { prior: { year: 2023, threePublic: '2.00', abroad: '0', vehicleOperation: '2.00', reception: '0' } });
    const s = section(draft, '四、财政拨款“三公”经费预算情况及增减变化原因');
    expect(s.paragraphs.slice(1)).toEqual([
      '1.因公出国（境）费2024年预算数0.00万元，与2023年预算0.00万元持平。',
      '2.公务用车运行维护费2024年预算数1.00万元，较2023年预算2.00万元减少1.00万元，主要原因是【请填写：公务用车运行维护费增减原因】。',
      '3.公务接待费2024年预算数0.00万元，与2023年预算0.00万元持平。',
    ]);
  });
});

describe('Henan (seed 002)', () => {
  const draft = draftOf('002');

  it('目录 lists the parts and the workbook\'s tables as printed', () => {
    const contents = section(draft, '目 录').paragraphs;
    expect(contents.slice(0, 6)).toEqual([
      '第一部分 概况', '一、主要职能', '二、部门预算单位构成', '第二部分 沁阳市医疗保障局2020年部门预算情况说明', '第三部分 名词解释',
      '附件：沁阳市医疗保障局2020年度部门预算表',
    ]);
    expect(contents).toContain('一、部门收支总体情况表');
    expect(contents[contents.length - 1]).toMatch(/、绩效目标申报表$/);
  });

  it('十 has its six parts, with 绩效 figures from the 申报表 and placeholders only where no table speaks', () => {
    const headings = draft.sections.filter((s) => s.level === 3).map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining([
      '（一）机关运行经费支出情况', '（二）政府采购支出情况', '（三）关于预算绩效管理开展情况说明', '（四）国有资产占用情况',
      '（五）专项转移支付项目情况', '（六）关于预算部门构成说明',
    ]));
    expect(section(draft, '（三）关于预算绩效管理开展情况说明').paragraphs[0]).toBe(
      '2020年，我部门纳入预算绩效管理的支出总额为84.00万元，支出项目共4个，其中预算支出100万元及100万元以上项目0个，支出总额0.00万元。',
    );
    expect(section(draft, '（五）专项转移支付项目情况').paragraphs[0]).toMatch(/^【请填写：专项转移支付项目情况/);
  });

  it('九 states each 三公 item on its own line', () => {
    expect(section(draft, '九、“三公”经费支出预算情况说明').paragraphs.slice(2)).toEqual([
      '（一）因公出国（境）费0.00万元。',
      '（二）公务用车购置及运行费0.00万元。其中：公务用车购置费0.00万元，公务用车运行维护费0.00万元。',
      '（三）公务接待费0.00万元。',
    ]);
  });

  it('ends with the 附件 line, then the 落款 and date', () => {
    expect(draft.sections[draft.sections.length - 1].heading).toBe('附件：沁阳市医疗保障局2020年度部门预算表');
    expect(draftToText(draftOf('002', { date: '2020年8月21日' })).trimEnd().split('\n').slice(-2)).toEqual(['沁阳市医疗保障局', '2020年8月21日']);
  });
});

describe('落款 and date', () => {
  it('uses the host\'s date, the clerk\'s typed date before it, and a placeholder without either', () => {
    expect(draftOf('000', { date: '2026年3月5日' }).signature).toEqual({ unit: '灵寿县医疗保障局', date: '2026年3月5日' });
    expect(draftOf('000', { date: '2026年3月5日', texts: { date: '2026年4月1日' } }).signature?.date).toBe('2026年4月1日');
    const none = draftOf('000');
    expect(none.signature?.date).toBe('【请填写：成文日期】');
    expect(none.fillable?.map((p) => p.key)).toContain('date');
  });
});

describe('Markdown escapes HTML that comes from cell text', () => {
  it('a project name with markup is shown, not run', () => {
    const grid: Grid = {
      sheets: [sheetFromValues('项目', [
        ['部门预算项目支出表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '项目名称', '合计'],
        [null, '合计', null, 10],
        ['2101301', '城乡医疗救助', '<img src=x onerror=alert(1)>救助 & 补助', 10],
      ])],
    };
    const tables = [...seed('000').rec.tables, ...recognizeWorkbook(grid).tables];
    const md = draftToMarkdown(draftNarrative(tables, { grid }));
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;救助&amp;补助');
    expect(md).not.toContain('<img');
  });

  it('tables become pipe tables with escaped cells, and the <p> of seed 002\'s goals is not printed', () => {
    const md = draftToMarkdown(draftOf('001'));
    expect(md).toContain('| 单位名称 | 单位性质 | 单位规格 | 经费保障形式 |');
    expect(md).toContain('| 临西县医疗保障局本级 | 行政 | 正科级 | 财政拨款 |');
    const henan = draftOf('002', { template: 'hebei' });
    expect(draftToText(henan)).toContain('绩效目标：目标:提升医保信息化水平');
    expect(draftToText(henan)).not.toContain('<p>');
  });
});
