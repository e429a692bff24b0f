// The draft's shape: placeholders, reused clerk text, renderings, and the inserted sheet read back by the checker.
import { normalizeText } from '../../../src/engine/grid/normalize';
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import { draftNarrative, draftToMarkdown, draftToParagraphs, draftToText } from '../../../src/engine/narrative/draft';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import { narrativeFindings, tablesOnly } from './support/seeds';

describe('placeholders and the clerk\'s text', () => {
  const draft = draftNarrative(tablesOnly('000'));

  it('marks what the tables cannot say as 【请填写：…】 and lists each once', () => {
    const keys = draft.placeholders.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['duties', 'organization', 'prior.total', 'agency', 'performance.overall', 'other']));
    expect(new Set(keys).size).toBe(keys.length);
    const text = draftToText(draft);
    for (const p of draft.placeholders) expect(text).toContain(`【请填写：${p.label}】`);
  });

  it('uses text the clerk typed before instead of the placeholder, one paragraph per line', () => {
    const again = draftNarrative(tablesOnly('000'), { texts: { duties: '（一）贯彻落实医疗保障政策。\n（二）负责医疗保障经办管理。', other: '我部门无其他需要说明的事项。' } });
    const text = draftToText(again);
    expect(again.placeholders.map((p) => p.key)).not.toContain('duties');
    expect(again.sections[0].paragraphs).toEqual(expect.arrayContaining(['（一）贯彻落实医疗保障政策。', '（二）负责医疗保障经办管理。']));
    expect(text).toContain('我部门无其他需要说明的事项。');
    expect(text).not.toContain('【请填写：部门职责】');
  });

  it('asks for reasons only when there is a change', () => {
    const same = draftNarrative(tablesOnly('000'), { prior: { total: '3232.07', basic: '576.27', project: '2655.80', threePublic: '3.00' } });
    const text = draftToText(same);
    expect(text).toContain('与2020年预算3232.07万元持平');
    expect(same.placeholders.map((p) => p.key).filter((k) => k.startsWith('reason.'))).toEqual([]);
  });
});

describe('without tables', () => {
  it.each(['hebei', 'henan'] as const)('%s: a skeleton of placeholders, no figure at all', (template) => {
    const draft = draftNarrative([], { template });
    const text = draftToText(draft).replace(/(^|\n)\d+、/g, '$1');
    expect(text).not.toMatch(/\d/);
    expect(draft.placeholders.length).toBeGreaterThan(8);
  });
});

describe('renderings', () => {
  const draft = draftNarrative(tablesOnly('001'));

  it('paragraphs: title, intro, then each heading followed by its paragraphs', () => {
    const paras = draftToParagraphs(draft);
    expect(paras[0]).toBe(draft.title);
    expect(paras[1]).toMatch(/^按照《中华人民共和国预算法》/);
    expect(paras).toContain('六、政府采购预算情况');
    expect(paras.indexOf('六、政府采购预算情况') + 1).toBe(paras.findIndex((p) => p.includes('政府采购预算42.98万元')));
    expect(paras.every((p) => p.trim() !== '')).toBe(true);
  });

  it('markdown: # title, ## level-1, ### level-2 headings', () => {
    const md = draftToMarkdown(draft);
    expect(md.startsWith(`# ${draft.title}\n`)).toBe(true);
    expect(md).toContain('\n## 二、单位预算安排的总体情况\n');
    expect(md).toContain('\n### 1、收入说明\n');
  });
});

describe('the inserted sheet, read back by check', () => {
  it.each([
    ['000', { total: '3068.24', basic: '509.44', project: '2558.80', threePublic: '3.00' }],
    ['001', { total: '4949.76', basic: '216.76', project: '4733.00', threePublic: '2.00' }],
    ['002', { total: '130.00', basic: '50.00', project: '80.00', threePublic: '1.00' }],
  ] as const)('seed %s: same text, and only the placeholders are findings', (name, prior) => {
    const tables = tablesOnly(name);
    const paras = draftToParagraphs(draftNarrative(tables, { prior }));
    const grid = { sheets: [sheetFromValues('信息公开情况说明', paras.map((p) => [p]))] };
    const narratives = findNarratives(grid);
    /* The engine reads cells normalized (no space between Chinese words), as from any workbook. */
    expect([narratives[0].title, ...narratives[0].paragraphs.map((p) => p.text)]).toEqual(paras.map(normalizeText));
    const findings = narrativeFindings(grid, { tables, narratives, entity: null, year: null, unit: null });
    expect(findings.length).toBeGreaterThan(0);
    expect([...new Set(findings.map((f) => f.rule))]).toEqual(['narrative/leftover']);
  });
});
