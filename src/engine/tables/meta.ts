// Entity, 预算年度 and 单位 from the lines between a title and its header.
import { memoByText } from '../text-memo';
import type { Entity, Unit } from './types';

const YEAR_RE = /(?:预算年度|年度)[:：]?\s*((?:19|20)\d{2})/;
const TITLE_YEAR_RE = /((?:19|20)\d{2})\s*年/;
const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|亿元|元)/;
const ENTITY_LABEL_RE = /^(?:单位名称|部门名称|预算单位|编制单位)[:：]\s*(.+)$/;
const ENTITY_CODE_RE = /^(\d{3,12})\s*([\u4e00-\u9fa5（）()][^\s]*)$/;

/** The year a text mentions as 预算年度 / 2020年 / (2020 年度); null when none. */
export function yearOf(text: string): number | null {
  return yearMemo(text);
}

const yearMemo = memoByText(yearIn);

function yearIn(text: string): number | null {
  const m = YEAR_RE.exec(text) ?? TITLE_YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}

/** The money unit a text declares (单位：万元); null when none. */
export function unitOf(text: string): Unit | null {
  return unitMemo(text);
}

const unitMemo = memoByText(unitIn);

function unitIn(text: string): Unit | null {
  const m = UNIT_RE.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as Unit) : null;
}

/** An entity from a line cell: 「473灵寿县医疗保障局」, 「450001 临西县医疗保障局本级」, 「单位名称：沁阳市医疗保障局」. */
export function entityOf(text: string): Entity | null {
  const t = text.trim();
  if (!t || UNIT_RE.test(t) || /预算年度|截止时间|栏次/.test(t)) return null;
  const label = ENTITY_LABEL_RE.exec(t);
  if (label) return entityOf(label[1]) ?? { code: null, name: label[1].trim() };
  const coded = ENTITY_CODE_RE.exec(t.replace(/\s+/g, ' ').replace(/^(\d+) /, '$1'));
  if (coded) return { code: coded[1], name: coded[2] };
  if (/(局|委|会|中心|院|所|站|办|部|厅|队|馆|校|本级|政府|单位)$/.test(t) && t.length <= 40 && !/表$/.test(t)) {
    return { code: null, name: t };
  }
  return null;
}

/** True when a line holds only meta information (entity, year, unit, 截止时间), not a header or data. */
export function isMetaText(text: string): boolean {
  return metaMemo(text);
}

// Recognition asks it of every short line around every table (a 200-unit book: 27k questions, 52 texts).
const metaMemo = memoByText(
  (text: string): boolean => yearOf(text) !== null || unitOf(text) !== null || /截止时间|单位名称/.test(text) || entityOf(text) !== null,
);
