// The shape of an imported 科目表: plain JSON so the add-in can keep it in the workbook's document settings.
import type { Classification } from './types';

/** One code of an imported table. */
export interface ImportedCodeEntry {
  cls: Classification;
  code: string;
  name: string;
}

/** A 科目表 read from a clerk's Excel file; year null means "applies to every year". */
export interface ImportedCodeTable {
  year: number | null;
  /** Where it came from, shown in messages: 「导入的科目表（工作表 2024科目）」. */
  source: string;
  entries: ImportedCodeEntry[];
}
