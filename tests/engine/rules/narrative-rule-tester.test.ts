// The rule tester's cases for the 13 narrative/* rules: the written 情况说明 checked against the tables with every
// rule running and one diagnosis, as a clerk's check runs. The narrative rules read the tables as corrected by the
// diagnosis, so a table slip the diagnosis locates is not blamed on a 说明 that states the right figure, and a 说明
// figure compared with table figures the diagnosis cannot settle gets no 应为. Paragraphs sit on the 情况说明 sheet
// from A2 (A1 is the title); most cases hold seed 000's tables (灵寿县医疗保障局 2021, clean), the rest the text alone.
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import type { BudgetTable } from '../../../src/engine/tables/types';
import { mutateCell } from '../../fixtures/seeds/arrangements';
import { seed000CleanWorkbook, seed000Workbook } from '../../fixtures/seeds/workbooks';
import { specToGrid, type SpecCell, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { SHEET } from '../narrative/support/narrative-grid';
import { buildTable } from './support/build-table';
import { testRule, type CaseInput, type Expected, type InvalidCase, type ValidCase } from './support/rule-tester';

const TITLE = '某县医疗保障局2021年部门预算信息公开情况说明';
/** The seed's own 说明 sheet, left out where a case writes its own paragraphs. */
const SEED_NARRATIVE = '信息公开情况说明';

/** The 情况说明 sheet: the title in A1, one paragraph per row from A2. */
function textSheet(paragraphs: readonly string[], title = TITLE): Grid['sheets'][number] {
  return sheetFromValues(SHEET, [[title], ...paragraphs.map((p) => [p])]);
}

/** A typed cell of a table sheet: [sheet, A1, value]. */
type Slip = [string, string, SpecCell];

const tablesBySlips = new Map<string, { grid: Grid; tables: BudgetTable[] }>();

/** Seed 000's table sheets (with the slips typed in) through the real recognizer. */
function seed000Tables(slips: readonly Slip[]): { grid: Grid; tables: BudgetTable[] } {
  const key = JSON.stringify(slips);
  let hit = tablesBySlips.get(key);
  if (!hit) {
    const base: WorkbookSpec = { sheets: seed000Workbook().spec.sheets.filter((s) => s.name !== SEED_NARRATIVE) };
    const grid = specToGrid(slips.reduce((s, [sheet, a1, v]) => mutateCell(s, sheet, a1, v), base));
    hit = { grid, tables: recognizeWorkbook(grid).tables };
    tablesBySlips.set(key, hit);
  }
  return hit;
}

/** The paragraphs as the 说明 of a workbook holding seed 000's tables, optionally with table slips typed in. */
function seed000(paragraphs: readonly string[], ...slips: Slip[]): CaseInput {
  return seed000Titled(TITLE, paragraphs, ...slips);
}

/** The same under another 说明 title. */
function seed000Titled(title: string, paragraphs: readonly string[], ...slips: Slip[]): CaseInput {
  const { grid, tables } = seed000Tables(slips);
  const text = textSheet(paragraphs, title);
  return { tables, narratives: findNarratives({ sheets: [text] }), grid: { sheets: [...grid.sheets, text] } };
}

/** The paragraphs with no table (the checks that read the text by itself). */
function textOnly(paragraphs: readonly string[], title = TITLE, year: number | null = 2021): CaseInput {
  const grid = { sheets: [textSheet(paragraphs, title)] };
  return { tables: [], narratives: findNarratives(grid), grid, year };
}

/** A 单位预算 workbook: its three summary tables titled 单位预算…, the 说明 titled 单位预算 too (or as given). */
function unitDocument(paragraphs: readonly string[], title = '某县医疗保障局2021年单位预算信息公开情况说明'): CaseInput {
  const tables = ['收支总表', '收入总表', '支出总表'].map((t) =>
    buildTable({ kind: 'income-summary', sheet: t, title: `单位预算${t}`, columns: ['total'], rows: [] }),
  );
  const grid = { sheets: [textSheet(paragraphs, title)] };
  return { tables, narratives: findNarratives(grid), grid };
}

/** Seed 000's whole workbook with its own 说明 (punctuation slips put right): nothing to report. */
function seed000Own(): CaseInput {
  const grid = specToGrid(seed000CleanWorkbook().spec);
  const rec = recognizeWorkbook(grid);
  return { tables: rec.tables, narratives: rec.narratives, grid };
}

/** Seed 000's workbook with its 说明 as published (English 「,」「;」 and a 「（…)」 bracket between Chinese words). */
function seed000Published(): CaseInput {
  const grid = specToGrid(seed000Workbook().spec);
  const rec = recognizeWorkbook(grid);
  return { tables: rec.tables, narratives: rec.narratives, grid };
}

const OWN: ValidCase = { name: 'seed 000: its own 说明 with its own tables', input: seed000Own() };

const at = (row: number) => `${SHEET}!A${row}`;
const err = (row: number, expected: string | null = null): Expected => ({ at: at(row), severity: 'error', expected });
const warn = (row: number): Expected => ({ at: at(row), severity: 'warning', expected: null });
const ok = (name: string, input: CaseInput): ValidCase => ({ name, input });
const bad = (name: string, input: CaseInput, ...findings: Expected[]): InvalidCase => ({ name, input, findings });

// Seed 000's paragraphs (灵寿县医疗保障局 2021), used as written or with one figure changed.
const SPLIT = '2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.80万元。';
const THREE_PUBLIC = '2021年，我部门财政拨款“三公”经费预算安排3万元，其中因公出国（境）费0万元；公务用车购置及运维费3万元（其中：公务用车购置费0万元，公务用车运行维护费3万元）；公务接待费0万元。与2020年相比持平，无增减变化。';
const CHANGES = '2021年部门预算收支安排3232.07万元，较2020年预算增加163.83万元，其中：基本支出增加66.83万元，主要是人员增加，相应增加人员经费和日常公用经费；项目支出增加97万元，主要是增加上级下达医疗救助资金。';
const SPENT = '2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.8万元，主要为医疗救助1971万元；离休干部、伤残军人药费500万元；其他支出0万元。';
// Seed 004 (怀来县医疗保险中心): the part changes add up to the stated change, so the prior-year figure is the wrong one.
const SEED004 = '2020年，单位预算收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元，主要是人员经费的减少；项目支出增长2574.00万元，主要是由于居民医保中央、省级配套资金的增加。';

// 公务用车运行维护费 3.00 typed as 30.00 across its row (三公经费!C10 合计, D10 一般公共预算): the table's own sums
// locate it, and no other cell states the figure, so the 说明 is right only against the corrected table.
const VEHICLE_SLIP: Slip[] = [['三公经费', 'C10', 30], ['三公经费', 'D10', 30]];
// 资产总额 (固定资产!C4) 71.00 typed as 17.00: the diagnosis locates it (two digits swapped).
const ASSETS_SWAPPED: Slip = ['固定资产', 'C4', 17];
// 其他固定资产 (固定资产!C9) 64.00 typed as 64.03: 资产总额 71.00 no longer adds up and nothing tells which is wrong.
const ASSET_SLIP: Slip = ['固定资产', 'C9', 64.03];

testRule('narrative/figure-mismatch', {
  valid: [
    OWN,
    ok('totals and their split as the tables state them', seed000([SPLIT])),
    ok('other precision and 元', seed000(['项目支出2655.8万元；“三公”经费预算安排3万元；基本支出5762700元，人员经费5366500.00元。'])),
    ok('机关运行经费 with no table stating it is not compared', seed000(['我部门机关运行经费共计安排6.42万元。'])),
    ok('a class line named after 主要用于, not the subject before it', seed000(['一般公共预算支出主要用于卫生健康支出3133.12万元；其中项目支出主要为医疗救助1971万元。'])),
    ok('an old class name is not compared (outdated-class-name names it)', seed000(['一般公共预算支出主要用于医疗卫生与计划生育支出3133.12万元。'])),
    ok('a table slip the diagnosis locates: the 说明 states the right figure', seed000([THREE_PUBLIC], ...VEHICLE_SLIP)),
    ok('资产总额 typed 17.00 for 71.00, located: the 说明\'s 71.00 is right', seed000(['截至2020年底，固定资产总额71.00万元。'], ASSETS_SWAPPED)),
    ok('table figures that do not add up: a 说明 agreeing with the table is not questioned', seed000(['截至2020年底，固定资产总额71.00万元。'], ASSET_SLIP)),
    ok('a change statement whose current figure the tables confirm', seed000(['2021年部门预算收支安排3232.07万元，比上年增加163.83万元，增长5.34%，主要是人员增加。'])),
  ],
  invalid: [
    bad('a transposed 基本支出 (second paragraph)', seed000(['收入说明', '其中基本支出567.27万元。']), err(3, '576.27')),
    bad('a 三公 part', seed000(['2021年，我部门财政拨款“三公”经费预算安排3.00万元，其中公务接待费1.00万元。']), err(2, '0.00')),
    bad('two wrong figures in one paragraph, each with its own 应为',
      seed000(['2021年部门支出预算为3232.07万元，其中基本支出567.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2565.80万元。']),
      err(2, '576.27'), err(2, '2655.80')),
    bad('a wrong figure in 元', seed000(['人员经费5366000元。']), err(2, '536.6500')),
    bad('fixed assets at the previous year-end', seed000(['截至2020年底，固定资产总额70.00万元。']), err(2, '71.00')),
    bad('a class line after 主要用于', seed000(['一般公共预算支出主要用于卫生健康支出3133.21万元。']), err(2, '3133.12')),
    bad('the current figure of a change statement', seed000(['2021年部门预算收支安排3223.07万元，比上年增加163.83万元，增长5.34%，主要是人员增加。']), err(2, '3232.07')),
    bad('the second of two different 三公 totals (the tables say 3.00)', seed000(['“三公”经费3.00万元。', '“三公”经费2.00万元。']), err(3, '3.00')),
    bad('a table slip located: the 说明 that copied it is told the corrected figure',
      seed000(['2021年，我部门财政拨款“三公”经费预算安排3万元，其中公务用车运行维护费30万元。'], ...VEHICLE_SLIP), err(2, '3.00')),
    bad('资产总额 typed 17.00 for 71.00: the 说明 that copied it is told 71.00', seed000(['截至2020年底，固定资产总额17.00万元。'], ASSETS_SWAPPED), err(2, '71.00')),
    bad('a table slip located and a wrong 说明 figure elsewhere: only the 说明\'s own',
      seed000([THREE_PUBLIC, '其中基本支出567.27万元。'], ...VEHICLE_SLIP), err(3, '576.27')),
    bad('table figures that do not add up and nothing tells which: no 应为',
      seed000(['截至2020年底，固定资产总额70.00万元。', '其中基本支出567.27万元。'], ASSET_SLIP), err(2, null), err(3, '576.27')),
  ],
});

testRule('narrative/change-arithmetic', {
  valid: [
    OWN,
    ok('seed 000: an increase that adds up', seed000(['2021年部门预算收支安排3232.07万元，较2020年预算3068.24万元增加163.83万元，主要是人员增加。'])),
    ok('a decrease that adds up', textOnly(['2024年预算收支安排4741.97万元，较2023年4949.76万元减少207.79万元，主要是项目减少。'])),
    ok('no prior figure given: nothing to check', seed000([CHANGES])),
  ],
  invalid: [
    bad('seed 004: the parts add up to the change, so the prior figure is the wrong one', textOnly(['比上年增减情况', SEED004]), err(3, '13829.67')),
    bad('nothing tells the prior figure from the change: no 应为',
      textOnly(['2020年，单位预算收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元。']), err(2, null)),
    bad('a transposed prior figure against the tables\' total: no 应为',
      seed000(['2021年部门预算收支安排3232.07万元，较2020年预算3086.24万元增加163.83万元，主要是人员增加。']), err(2, null)),
    bad('the rate agrees with the two figures: the change is the wrong one', seed000(['“三公”经费3.00万元，较上年2.50万元增加0.40万元，增长20%。']), err(2, '0.50')),
    bad('the rate agrees with the change: the prior figure is the wrong one', seed000(['“三公”经费3.00万元，较上年2.60万元增加0.50万元，增长20%。']), err(2, '2.50')),
    bad('增加 where it went down', textOnly(['收支安排4741.97万元，较上年4949.76万元增加207.79万元。']), err(2, null)),
  ],
});

testRule('narrative/change-rate', {
  valid: [
    OWN,
    ok('a rate from the written prior figure', seed000(['“三公”经费3.00万元，较上年2.50万元增加0.50万元，增长20%，主要原因是车辆运维增加。'])),
    ok('a truncated rate from this year minus the change', textOnly(['“三公”经费3.00万元，比上年增加0.15万元，增长5.2%。'])),
    ok('seed 000: 持平 with no change', seed000([THREE_PUBLIC])),
    ok('a statement whose arithmetic fails is change-arithmetic\'s', seed000(['“三公”经费3.00万元，较上年2.50万元增加0.40万元，增长20%。'])),
    ok('a wrong current figure is put right by the tables first (figure-mismatch names it)',
      seed000(['2021年部门预算收支安排3223.07万元，比上年增加163.83万元，增长5.34%，主要是人员增加。'])),
  ],
  invalid: [
    bad('增长4.8% where the figures give 5.26%', textOnly(['“三公”经费3.00万元，比上年增加0.15万元，增长4.8%。']), err(2, '5.26%')),
    bad('seed 000: the tables\' total gives the base', seed000(['2021年部门预算收支安排3232.07万元，比上年增加163.83万元，增长4.8%。']), err(2, '5.34%')),
    bad('增加 with 下降', textOnly(['基本支出221.01万元，比上年增加4.25万元，下降1.9%。']), err(2, null)),
    bad('持平 with figures that differ', seed000(['标题', '“三公”经费3.00万元，与上年2.50万元持平。']), err(3, null)),
  ],
});

testRule('narrative/parts-sum', {
  valid: [
    OWN,
    ok('seed 000 支出说明 with its project lines', seed000([SPENT])),
    ok('seed 001 收入说明', textOnly(['2024 年预算收入 4741.97 万元，其中：一般公共预算收入 4739.01 万元，基金预算收入 0.00 万元，上年结转结余 2.96 万元。'])),
    ok('seed 000 changes that add up', seed000([CHANGES])),
    ok('a wrong part the tables state is figure-mismatch\'s', seed000(['其中基本支出576.27万元，包括人员经费563.65万元和日常公用经费39.62万元。'])),
    ok('a table slip located: the 三公 parts add up as the corrected table states them', seed000([THREE_PUBLIC], ...VEHICLE_SLIP)),
  ],
  invalid: [
    bad('支出 ≠ 基本 + 项目 with no table: no 应为', textOnly(['支出预算为3232.07万元，其中基本支出576.27万元；项目支出2565.80万元。']), err(2, null)),
    bad('三公 parts with no table', textOnly(['“三公”经费预算安排5.00万元，其中因公出国（境）费0.00万元；公务用车购置及运维费3.00万元；公务接待费1.00万元。']), err(2, null)),
    bad('signed changes', textOnly(['收支安排100.00万元，较上年增加10.00万元，其中：基本支出减少2.00万元，主要是人员减少；项目支出增加11.00万元，主要是项目增加。']), err(2, null)),
    bad('a part the tables do not state: the whole minus the others',
      seed000(['2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.80万元，其他支出1.00万元。']), err(2, '0.00')),
  ],
});

testRule('narrative/percentage', {
  valid: [
    OWN,
    ok('seed 000 shares', seed000(['支出合计3232.07万元，其中：基本支出576.27万元，占17.83%；项目支出2655.80万元，占82.17%。'])),
    ok('seed 002 shares, one decimal', textOnly(['支出合计 141.47 万元，其中：基本支出 57.47 万元，占 40.6%；项目支出 84 万元，占 59.38%。'])),
    ok('a wrong part is figure-mismatch\'s: its share follows from the right figure',
      seed000(['支出合计3232.07万元，其中：基本支出567.27万元，占17.83%；项目支出2655.80万元，占82.17%。'])),
  ],
  invalid: [
    bad('a share that does not follow from the figures', textOnly(['支出合计141.47万元，其中：基本支出57.47万元，占40.26%；项目支出84.00万元，占59.38%。']), err(2, '40.62%')),
    bad('seed 000: a transposed share', seed000(['标题', '支出合计3232.07万元，其中：基本支出576.27万元，占17.38%；项目支出2655.80万元，占82.17%。']), err(3, '17.83%')),
  ],
});

testRule('narrative/comparison-year', {
  valid: [
    OWN,
    ok('compared with the previous year', seed000([CHANGES, '与2020年相比持平，无增减变化。'])),
    ok('fixed assets at the previous year-end', seed000(['截至2020年底，固定资产总额71.00万元。'])),
    ok('a prior-year figure after 较', seed000(['收支安排3232.07万元，较2020年预算3068.24万元增加163.83万元。'])),
  ],
  invalid: [
    bad('compared with 2019 instead of 2020', seed000(['2021年部门预算收支安排3232.07万元，较2019年预算增加163.83万元，主要是人员增加。']), err(2)),
    bad('this year\'s figure dated last year (a copied template)', seed000(['反映本部门当年全部收入。2020年预算收入3232.07万元。']), err(2)),
    bad('a title with another year than the tables',
      seed000Titled('某县医疗保障局2020年部门预算信息公开情况说明', ['2021年部门预算收支安排3232.07万元。']), err(1)),
    bad('the year from the title when no table gives one (seed 004 is 2020)',
      textOnly(['2020年，单位预算收支安排16396.58万元，较2018年增加2566.91万元。'], '2020年怀来县医疗保险中心预算信息公开说明', null), err(2)),
  ],
});

testRule('narrative/conflicting-amounts', {
  valid: [
    OWN,
    ok('the same amount twice, at another precision', seed000(['机关运行经费共计安排6.42万元。', '机关运行经费6.4200万元，主要用于办公费。'])),
    ok('收入合计 and 收入总计 may differ (carry-over)', textOnly(['收入合计4739.01万元。', '收入总计4741.97万元。'])),
    ok('last year\'s figure is not this year\'s', seed000(['机关运行经费6.42万元，较上年5.00万元增加1.42万元，主要是人员增加。'])),
    ok('figures the tables determine are figure-mismatch\'s', seed000(['“三公”经费3.00万元。', '“三公”经费2.00万元。'])),
  ],
  invalid: [
    bad('机关运行经费 stated as 6.42 and 6.24', seed000(['三、机关运行经费安排情况', '机关运行经费共计安排6.42万元。', '其中机关运行经费6.24万元用于办公费。']), err(4)),
    bad('two amounts in one paragraph', textOnly(['政府采购预算15.80万元，其中货物5.30万元；全年政府采购预算共计15.08万元。']), err(2)),
    bad('two 三公 totals with no table', textOnly(['“三公”经费3.00万元。', '“三公”经费2.00万元。']), err(3)),
  ],
});

testRule('narrative/outdated-class-name', {
  valid: [
    OWN,
    ok('current names', seed000(['主要用于以下方面：社会保障和就业支出60.25万元；卫生健康支出3133.12万元；文化旅游体育与传媒支出1.00万元；资源勘探工业信息等支出2.00万元。'])),
    ok('a name that only contains words of an old one', seed000(['卫生健康支出中的计划生育事务。'])),
  ],
  invalid: [
    bad('医疗卫生与计划生育支出 in a 2021 说明', seed000(['一般公共预算支出主要用于医疗卫生与计划生育支出3133.12万元。']), warn(2)),
    bad('文化体育与传媒支出 and 国土海洋气象等支出 in two paragraphs',
      textOnly(['一般公共预算支出主要用于文化体育与传媒支出1.00万元。', '国土海洋气象等支出2.00万元。']), warn(2), warn(3)),
  ],
});

testRule('narrative/entity-wording', {
  valid: [
    OWN,
    ok('部门 wording in a 部门预算 说明', seed000(['2021年，我部门机关运行经费共计安排6.42万元。', '一、部门职责及机构设置情况'])),
    ok('单位 wording and 部门（单位） in a 单位预算 说明', unitDocument(['反映本单位当年全部收入。', '“三公”经费是指预算部门（单位）用财政拨款安排的支出。'])),
    ok('definitions under 名词解释 keep the official wording', unitDocument(['八、名词解释', '7、部门预算支出：包括人员类项目支出，对应部门预算中的基本支出。', '九、其他需要说明的事项', '我单位无其他需要说明的事项。'])),
  ],
  invalid: [
    bad('单位预算 in a 部门预算 说明', seed000(['2021年单位预算收支安排3232.07万元。']), warn(2)),
    bad('我部门 in a 单位预算 说明', unitDocument(['标题', '2024年，我部门机关运行经费共计安排13.48万元。']), warn(3)),
    bad('a 部门预算 title over 单位预算 tables', unitDocument(['正文。'], TITLE), warn(1)),
  ],
});

testRule('narrative/template-text', {
  valid: [
    OWN,
    ok('seed 000 reasons', seed000([CHANGES])),
    ok('a list of reasons follows the colon (seed 001)', seed000(['与2020年相比增加0.00万元，增减变化的主要原因是：', '1.因公出国（境）费2021年预算数0万元，较2020年无变化。原因是没有因公出国计划。'])),
    ok('增（减）in a name is not a choice when one way is kept', seed000(['基本支出增加4.25万元（人员增加）。'])),
  ],
  invalid: [
    bad('增加（减少） kept from the template', seed000(['较2020年预算增加（减少）163.83万元，主要是人员增加。']), err(2)),
    bad('增长(下降) kept', textOnly(['标题', '“三公”经费增长(下降)5%。']), err(3)),
    bad('主要原因是 with nothing after it', seed000(['较2020年预算增加163.83万元，主要原因是。']), err(2)),
    bad('a colon and nothing after it', textOnly(['较上年增加0.5万元，主要原因是：']), err(2)),
  ],
});

testRule('narrative/punctuation', {
  valid: [
    OWN,
    ok('ordinary text with full-width brackets and quotes', seed000(['2021年，我部门财政拨款“三公”经费预算安排3.00万元（其中：公务用车运行维护费3.00万元）。'])),
    ok('decimals, English text and list markers', seed000(['完成DRG系统数据测算，费用3.5万元，指标值≥90%; Excel, Word 格式。1）保障参保职工；(3)保障基金安全。'])),
    ok('straight quotes in pairs and a 《》 title', seed000(['按照《中华人民共和国预算法》规定，称为"三公"经费。'])),
  ],
  invalid: [
    bad('。。 (seed 004)', seed000(['努力提升服务质量。。']), warn(2)),
    bad('an English comma between Chinese (seed 000)', seed000(['标题', '贯彻落实医疗保障基金监督管理办法,建立健全医疗保障基金安全防控机制。']), warn(3)),
    bad('an open quote', textOnly(['财政拨款“三公经费预算安排3.00万元。']), warn(2)),
    bad('each kind of problem once per paragraph', seed000(['一,二,三。。四（五)']), warn(2), warn(2), warn(2)),
    // 部门职责 (二)(三)(四)(七) and 总体绩效目标 with 「,」, 支出说明 with 「;」, the 三公 paragraph with 「（…3万元)」.
    bad('seed 000 as published, on its own 说明 sheet', seed000Published(),
      ...[6, 7, 8, 11, 23, 29, 33].map((row): Expected => ({ at: `${SEED_NARRATIVE}!A${row}`, severity: 'warning', expected: null }))),
  ],
});

testRule('narrative/change-without-reason', {
  valid: [
    OWN,
    ok('seed 000 (主要是…)', seed000([CHANGES])),
    ok('the reason in the next sentence', seed000(['“三公”经费较上年减少1.00万元。主要原因是严格控制公务接待。'])),
    ok('no change', seed000(['与2020年相比持平，无增减变化；与 2020 年相比增加 0.00 万元。'])),
  ],
  invalid: [
    bad('a change with no reason', seed000(['标题', '2021年预算收支安排3232.07万元，较2020年预算增加163.83万元。']), warn(3)),
    bad('seed 004\'s change with its parts\' reasons cut off', textOnly(['2020年，单位预算收支安排16396.58万元，较上年13829.67万元增加2566.91万元。']), warn(2)),
  ],
});

testRule('narrative/leftover', {
  valid: [
    OWN,
    ok('ordinary text with Latin letters', seed000(['完成DRG系统数据测算工作；XML 接口；Excel 表格。'])),
    ok('a multiplication sign between figures', seed000(['数量 2×3 台；规格 1.5x2 米。'])),
  ],
  invalid: [
    bad('XX for the county', seed000(['2021年，XX县医疗保障局安排政府采购预算0.00万元。']), err(2)),
    bad('an amount placeholder', seed000(['标题', '公务接待费x.xx万元。']), err(3)),
    bad('待填写', seed000(['机关运行经费共计安排（待填写）万元。']), err(2)),
    bad('a broken cross-reference (seed 003)', textOnly(['7、医保宣传经费绩效目标表.....\t错误！未定义书签。']), err(2)),
  ],
});
