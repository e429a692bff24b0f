// 机构设置 from a 部门基本情况表 / 机构设置情况 table anywhere in the workbook (单位名称 | 单位性质 | 单位规格 |
// 经费保障形式): not one of the 15 standard tables, so it is read here, only for the draft and the checklist.
import { cellText } from '../grid/sheet';
import type { CellAddress, Grid, Sheet } from '../grid/types';

/** One unit of the 部门: name, 行政/事业, 正科级…, 财政拨款…, as typed. */
export interface OrganizationUnit {
  name: string;
  nature: string;
  rank: string;
  funding: string;
}

/** The table and where its header sits (evidence for the checklist). */
export interface Organization {
  units: OrganizationUnit[];
  header: CellAddress;
}

const COLUMNS: readonly [keyof OrganizationUnit, RegExp][] = [
  ['name', /^单位名称$/],
  ['nature', /^单位性质$/],
  ['rank', /^单位(规格|级别)$/],
  ['funding', /^经费(保障)?(形式|方式)$/],
];

/** Rows read below a header at most (a real 部门 has a handful of units). */
const MAX_UNITS = 200;

type ColumnMap = Partial<Record<keyof OrganizationUnit, number>>;

function headerIn(sheet: Sheet, row: number): ColumnMap | null {
  const cells = sheet.cells[row];
  if (!cells) return null;
  const map: ColumnMap = {};
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value.kind !== 'text') continue;
    const text = cell.value.text.replace(/\s+/g, '');
    const hit = COLUMNS.find(([, re]) => re.test(text));
    if (hit && map[hit[0]] === undefined) map[hit[0]] = c;
  }
  return map.name !== undefined && map.nature !== undefined ? map : null;
}

function unitsBelow(sheet: Sheet, header: number, map: ColumnMap): OrganizationUnit[] {
  const units: OrganizationUnit[] = [];
  const at = (r: number, key: keyof OrganizationUnit) => {
    const c = map[key];
    return c === undefined ? '' : cellText(sheet.cells[r]?.[c]).trim();
  };
  let blanks = 0;
  for (let r = header + 1; r < sheet.cells.length && units.length < MAX_UNITS; r++) {
    const unit: OrganizationUnit = { name: at(r, 'name'), nature: at(r, 'nature'), rank: at(r, 'rank'), funding: at(r, 'funding') };
    if (!unit.name && !unit.nature && !unit.rank && !unit.funding) {
      // Seed 004 leaves empty rows inside the table; two in a row end it.
      if (++blanks >= 2 && units.length > 0) break;
      continue;
    }
    if (!unit.name || /[、。：:]$/.test(unit.name) || /^[一二三四五六七八九十]+、/.test(unit.name)) break;
    blanks = 0;
    units.push(unit);
  }
  return units;
}

/** The first 机构设置 table of the visible sheets, or null when the workbook has none. */
export function readOrganization(grid: Grid | undefined): Organization | null {
  for (const sheet of grid?.sheets ?? []) {
    if (sheet.state !== 'visible') continue;
    for (let r = 0; r < sheet.cells.length; r++) {
      const map = headerIn(sheet, r);
      if (!map) continue;
      const units = unitsBelow(sheet, r, map);
      if (units.length > 0) return { units, header: { sheet: sheet.name, row: r, col: map.name ?? 0 } };
    }
  }
  return null;
}
