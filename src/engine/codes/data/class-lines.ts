// The 类 lines printed on the expenditure side of 收支总表 / 财政拨款收支总表 ("一、一般公共服务支出 … 三十、…").
import type { CodeName } from './edition';
import { FUNCTIONAL_CLASSES_2019 } from './functional-classes';

/** One printed line: the 类 code (null for lines that are not a 类) and its printed name. */
export interface ClassLine {
  code: string | null;
  name: string;
  /** Printed variants accepted without comment (template truncations seen in real documents). */
  variants?: readonly string[];
  /** A line some templates print and others do not: its absence is never reported. */
  optional?: boolean;
}

/** The list for one year, with its source and whether it is known to be the full list. */
export interface ClassLineList {
  year: number;
  source: string;
  lines: readonly ClassLine[];
  /** False when the list was not reviewed for the year: a difference is then only a warning. */
  complete: boolean;
}

function toLines(classes: readonly CodeName[]): ClassLine[] {
  return classes.map(([code, name]) =>
    // Seed 002 (Henan 2020) prints 「二十二、国有资本经营预算」 without 支出.
    code === '223' ? { code, name, variants: ['国有资本经营预算'] } : { code, name },
  );
}

const LINES_2019 = toLines(FUNCTIONAL_CLASSES_2019);
// 2020 added 234; seeds 002 (2020), 000 (2021) and 001 (2024) print it as 三十、.
const LINES_2020 = [...LINES_2019, { code: '234', name: '抗疫特别国债安排的支出' }];
// Seed 001 (2024, Hebei) prints 「三十一、人行科目」; other templates and years do not, so it is optional.
const LINES_2024 = [...LINES_2020, { code: null, name: '人行科目', optional: true }];

const source = (year: number): string => `财政部《${year}年政府收支分类科目》`;

/** The 类 lines per year 2019–2026 (2025 and 2026 not reviewed: a difference only warns). */
export const CLASS_LINE_LISTS: readonly ClassLineList[] = [
  { year: 2019, source: source(2019), lines: LINES_2019, complete: true },
  { year: 2020, source: source(2020), lines: LINES_2020, complete: true },
  { year: 2021, source: source(2021), lines: LINES_2024, complete: true },
  { year: 2022, source: source(2022), lines: LINES_2024, complete: true },
  { year: 2023, source: source(2023), lines: LINES_2024, complete: true },
  { year: 2024, source: source(2024), lines: LINES_2024, complete: true },
  { year: 2025, source: source(2025), lines: LINES_2024, complete: false },
  { year: 2026, source: source(2026), lines: LINES_2024, complete: false },
];
