// A fake WorkbookHost and engine for the pane's component tests: records calls, resolves when told to.
import type { Grid } from '../../src/engine/grid/types';
import type { NarrativeDraft } from '../../src/engine/narrative/types';
import type { Finding, Report } from '../../src/engine/report';
import { summarize } from '../../src/engine/report';
import type { EngineApi } from '../../src/taskpane/engine-api';
import type { ChecklistItem } from '../../src/engine/checklist/types';
import type { ReadProgress, WorkbookHost } from '../../src/taskpane/host';
import { sheetFromValues } from '../../src/engine/grid/sheet';

/** A promise resolved or rejected from the test, so "running" can be observed without timers. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const GRID: Grid = {
  sheets: [
    sheetFromValues('收支总表', [['部门收支总表'], ['项目', '金额'], ['合计', '100.00']]),
    sheetFromValues('支出表', [['一般公共预算支出表'], ['科目', '金额']]),
  ],
};

export interface FakeHost extends WorkbookHost {
  calls: {
    selectCell: [string, string][];
    marked: (readonly Finding[])[];
    cleared: number;
    saved: [string, unknown][];
    inserted: (readonly string[])[];
    findingsSheets: (readonly (readonly string[])[])[];
  };
  settings: Map<string, unknown>;
  /** When set, readGrid waits for this instead of returning GRID at once. */
  pendingRead?: Deferred<Grid>;
  progress?: ReadProgress;
}

export function fakeHost(kind: 'excel' | 'browser' = 'excel'): FakeHost {
  const host: FakeHost = {
    kind,
    calls: { selectCell: [], marked: [], cleared: 0, saved: [], inserted: [], findingsSheets: [] },
    settings: new Map(),
    name: () => '灵寿县医疗保障局2021.xlsx',
    async readGrid(onProgress) {
      if (host.progress) onProgress?.(host.progress);
      return host.pendingRead ? host.pendingRead.promise : GRID;
    },
    async markFindings(f) {
      host.calls.marked.push(f);
    },
    async clearMarks() {
      host.calls.cleared++;
    },
    async selectCell(sheet, cell) {
      host.calls.selectCell.push([sheet, cell]);
    },
    async loadSetting<T>(key: string) {
      return host.settings.get(key) as T | undefined;
    },
    async saveSetting(key, value) {
      host.calls.saved.push([key, value]);
      host.settings.set(key, value);
    },
    async insertNarrativeSheet(p) {
      host.calls.inserted.push(p);
      return '信息公开情况说明';
    },
  };
  if (kind === 'excel') {
    host.insertFindingsSheet = async (header, rows) => {
      host.calls.findingsSheets.push([header, ...rows]);
      return '问题清单';
    };
  }
  return host;
}

export const FINDINGS: Finding[] = [
  { rule: 'rollup/section-sum', severity: 'warning', sheet: '支出表', cell: 'C7', message: '款「医疗保障管理事务」名称与科目表不一致', table: 'general-budget-expenditure' },
  { rule: 'rollup/section-sum', severity: 'error', sheet: '支出表', cell: 'C5', message: '款「行政事业单位医疗」为 97.00，所属各项之和为 96.00，相差 1.00', expected: '96.00', actual: '97.00', related: [{ sheet: '支出表', cell: 'C6' }], table: 'general-budget-expenditure' },
  { rule: 'cross/total-equals', severity: 'error', sheet: '收支总表', cell: 'B3', message: '收入总计与支出总计不相等', expected: '2655.80', actual: '2656.80', table: 'income-expenditure-summary' },
  { rule: 'cell/number-as-text', severity: 'info', sheet: '收支总表', cell: 'B2', message: '数字以文本形式存储', table: 'income-expenditure-summary' },
];

export function report(findings: Finding[] = FINDINGS, withTables = true): Report {
  return {
    file: '灵寿县医疗保障局2021.xlsx',
    entity: { code: '118001', name: '灵寿县医疗保障局' },
    year: 2021,
    unit: '万元',
    tables: withTables
      ? [
          { sheet: '收支总表', kind: 'income-expenditure-summary', title: '部门收支总表', range: 'A1:D20', unit: '万元', year: 2021 },
          { sheet: '支出表', kind: 'general-budget-expenditure', title: '一般公共预算支出表', range: 'A1:F30', unit: '万元', year: 2021 },
        ]
      : [],
    findings,
    summary: summarize(findings),
    missing: withTables ? ['procurement', 'fixed-assets'] : [],
  };
}

export const DRAFT: NarrativeDraft = {
  title: '灵寿县医疗保障局2021年部门预算信息公开情况说明',
  template: 'hebei',
  intro: ['现将灵寿县医疗保障局2021年部门预算公开如下：'],
  fillable: [{ key: 'duties', label: '部门职责' }],
  sections: [
    { heading: '一、部门职责及机构设置情况', level: 1, paragraphs: ['【请填写：部门职责】'] },
    { heading: '二、部门预算安排的总体情况', level: 1, paragraphs: ['2021年收支总计2655.80万元。'] },
  ],
  placeholders: [{ key: 'duties', label: '部门职责' }],
};

/** A checklist as the engine gives it: one 是, one 否 with two evidence cells, one 不适用. */
export const CHECKLIST: ChecklistItem[] = [
  { item: '9张部门预算公开表格是否齐全', ok: true, evidence: [{ sheet: '收支总表', cell: 'A1' }], note: '9张表格均已找到。' },
  { item: '政府采购预算是否公开', ok: false, evidence: [{ sheet: '说明', cell: 'A9' }, { sheet: '政府采购', cell: 'A1' }], note: '情况说明中没有写政府采购预算金额。' },
  { item: '政府采购预算是否区分货物、工程、服务', ok: null, evidence: [], note: '政府采购预算为零，不涉及。' },
];

/** A fake engine whose check returns a fixed report; records the options and draft inputs it saw. */
export function fakeEngine(r: Report = report(), draft: NarrativeDraft = DRAFT) {
  const seen = {
    checkOptions: [] as unknown[],
    draftOptions: [] as unknown[],
    annotated: [] as (readonly Finding[])[],
    annotateExtras: [] as unknown[],
    checklistExports: [] as unknown[],
  };
  const engine: EngineApi = {
    check: (_g, _f, options) => {
      seen.checkOptions.push(options);
      return r;
    },
    checkWithTables: (g, f, options) => ({ report: engine.check(g, f, options), tables: [] }),
    draft: (_t, options) => {
      seen.draftOptions.push(options);
      const texts = options.texts ?? {};
      // Like the engine: a filled placeholder leaves `placeholders` but stays in `fillable`.
      return {
        ...draft,
        sections: draft.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => (texts.duties && p === '【请填写：部门职责】' ? texts.duties : p)) })),
        placeholders: draft.placeholders.filter((p) => !texts[p.key]),
      };
    },
    paragraphs: (d) => [d.title, ...(d.intro ?? []), ...d.sections.flatMap((s) => [s.heading, ...s.paragraphs])],
    text: (d) => [[d.title, ...(d.intro ?? [])], ...d.sections.map((s) => [s.heading, ...s.paragraphs])].map((b) => b.join('\n')).join('\n\n'),
    checkOptions: (imported) => ({ disabledRules: imported.length > 0 ? ['imported'] : [] }),
    parseCodeTable: (sheet, year) => ({ year, source: `工作表 ${sheet.name}`, entries: [{ cls: 'functional', code: '208', name: '社会保障和就业支出' }] }),
    describeCodeTable: (t) => `${t.year}年 · ${t.source} · ${t.entries.length} 个科目`,
    readWorkbook: async () => GRID,
    annotate: async (_b, f, extras) => {
      seen.annotated.push(f);
      seen.annotateExtras.push(extras);
      return new Uint8Array([1, 2, 3]);
    },
    toDocx: async () => new Uint8Array([4, 5, 6]),
    checklist: () => CHECKLIST,
    checklistXlsx: async (items) => {
      seen.checklistExports.push(items);
      return new Uint8Array([7, 8, 9]);
    },
  };
  return { engine, seen };
}
