// The shape of a drafted 信息公开情况说明, shared by the engine, the CLI, the task pane and the .docx export.
import type { Grid } from '../grid/types';

/** Prior-year figures the clerk supplies (decimal text in 万元); never invented by the engine. */
export interface PriorYear {
  year?: number;
  /** 收支总计 / 支出合计 of last year. */
  total?: string;
  basic?: string;
  project?: string;
  personnel?: string;
  public?: string;
  threePublic?: string;
  abroad?: string;
  vehicle?: string;
  vehiclePurchase?: string;
  vehicleOperation?: string;
  reception?: string;
  agencyOperating?: string;
}

/** What the clerk chooses or supplies for a draft. */
export interface DraftOptions {
  /** Default: from the tables' layout (hebei for one code column, henan for split 类/款/项). */
  template?: 'hebei' | 'henan';
  prior?: PriorYear;
  /** Text the clerk typed for placeholders, by placeholder key; reused next time (document settings). */
  texts?: Record<string, string>;
  /** 成文日期 as printed under the 落款 (「2026年3月5日」); hosts pass today's date; else a placeholder. */
  date?: string;
  /** The workbook, for what the table model does not keep (机构设置, 项目名称, 绩效目标 texts). */
  grid?: Grid;
}

/** A real table of the document (机构设置, 政府采购, 固定资产, 绩效指标): text cells as printed. */
export interface DraftTable {
  /** Caption above the table (「部门机构设置情况」). */
  caption?: string;
  header: string[];
  rows: string[][];
  /** Note under the table (「注：无政府采购预算，空表列示。」). */
  note?: string;
  /** How many of the section's paragraphs come before it (0: right under the heading). */
  after: number;
}

/** A heading, its paragraphs and the tables between them. */
export interface DraftSection {
  heading: string;
  /** 1 = 一、… / 第一部分; 2 = 1、… / （一）… / Henan 一、…; 3 = （一）… under a level 2. */
  level: 1 | 2 | 3;
  paragraphs: string[];
  /** Optional: tables, each placed after `after` paragraphs. */
  tables?: DraftTable[];
}

/** A text the clerk must supply, shown as 【请填写：label】 until supplied. */
export interface Placeholder {
  key: string;
  /** zh-CN label shown next to the input, e.g. 「部门职责」 */
  label: string;
}

/** A whole drafted 情况说明: what the preview, the sheet, the clipboard and the .docx show. */
export interface NarrativeDraft {
  title: string;
  template: 'hebei' | 'henan';
  /** Optional: paragraphs between the title and the first section (「按照《预算法》…现将…公开如下：」). */
  intro?: string[];
  sections: DraftSection[];
  /** Placeholders still present in the text as 【请填写：label】. */
  placeholders: Placeholder[];
  /** Optional: every text input the template offers, filled or not (so a filled one stays editable). */
  fillable?: Placeholder[];
  /** Optional: the 落款 (issuing unit) and 成文日期 printed at the end, right-aligned. */
  signature?: { unit: string; date: string };
}
