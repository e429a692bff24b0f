// 支出功能分类科目 2019–2026: the 2019 edition as base, then what changed each year (explicit and reviewable).
import type { EditionSeries, YearChange } from './edition';
import {
  PUBLISHED_2025_ECOLOGY,
  PUBLISHED_2025_WANLI,
  PUBLISHED_2026_CONSTRUCTION,
  PUBLISHED_2026_CULTURE,
} from './functional-published';
import { FUNCTIONAL_CLASSES_2019, FUNCTIONAL_CLASS_HISTORY, FUNCTIONAL_OTHER_SECTIONS_2019 } from './functional-classes';
import {
  FUNCTIONAL_208_2019,
  FUNCTIONAL_210_2019,
  FUNCTIONAL_221_2019,
  FUNCTIONAL_COMPLETE,
  FUNCTIONAL_UNCERTAIN,
} from './functional-social';

const source = (year: number): string => `财政部《${year}年政府收支分类科目》`;

/** Year-to-year changes; a year with nothing known to change still states its source. */
export const FUNCTIONAL_CHANGES: readonly YearChange[] = [
  {
    year: 2020,
    source: source(2020),
    note: 'Added 类 234 for the 2020 anti-epidemic special treasury bonds; seed 002 (2020) confirms 2101504 信息化建设.',
    add: [
      ['234', '抗疫特别国债安排的支出'],
      ['23401', '基础设施建设'],
      ['23402', '抗疫相关支出'],
    ],
  },
  {
    year: 2021,
    source: source(2021),
    note: 'Not sure whether 2101504 信息化建设 survives after 2020: left out, absence only warns. Seed 000 (2021).',
    remove: ['2101504'],
    uncertain: ['2101504'],
  },
  { year: 2022, source: source(2022), note: 'No change known for the codes held here.' },
  { year: 2023, source: source(2023), note: 'No change known for the codes held here.' },
  { year: 2024, source: source(2024), note: 'No change known for the codes held here; seed 001 (2024) agrees.' },
  {
    year: 2025,
    source: source(2025),
    note:
      'Edition not reviewed: the list of 类 is no longer treated as complete (a new 类 only warns). Adds the 项 printed ' +
      'by two published 2025 documents (上海市普陀区万里街道 部门预算, 普陀区生态环境局 部门决算; see functional-published.ts).',
    incomplete: [''],
    add: [...PUBLISHED_2025_WANLI, ...PUBLISHED_2025_ECOLOGY],
  },
  {
    year: 2026,
    source: source(2026),
    note:
      'Edition not reviewed: no subtree is treated as complete. Adds the 项 printed by published 2026 部门预算 of ' +
      '上海市普陀区 (文化和旅游局, 建设和管理委员会; see functional-published.ts); those documents and 城市管理行政执法局 ' +
      '2026 print 20805, 20808, 21011, 212, 22102 codes with the names held here (no rename seen).',
    incomplete: FUNCTIONAL_COMPLETE.filter((code) => code !== ''),
    add: [...PUBLISHED_2026_CULTURE, ...PUBLISHED_2026_CONSTRUCTION],
  },
];

/** The functional classification series the code book is built from. */
export const FUNCTIONAL_SERIES: EditionSeries = {
  base: {
    cls: 'functional',
    year: 2019,
    source: source(2019),
    entries: [
      ...FUNCTIONAL_CLASSES_2019,
      ...FUNCTIONAL_OTHER_SECTIONS_2019,
      ...FUNCTIONAL_208_2019,
      ...FUNCTIONAL_210_2019,
      ...FUNCTIONAL_221_2019,
    ],
    complete: FUNCTIONAL_COMPLETE,
    uncertain: FUNCTIONAL_UNCERTAIN,
    history: FUNCTIONAL_CLASS_HISTORY,
    // 2019 is the year of the 机构改革 renames; we cannot rule out that some 2019 tables still use the old 款 name.
    aliases: [
      ['20805', '行政事业单位离退休'],
      ['2080599', '其他行政事业单位离退休支出'],
    ],
  },
  changes: FUNCTIONAL_CHANGES,
};
