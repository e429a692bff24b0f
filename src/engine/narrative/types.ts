// The shape of a drafted 信息公开情况说明, shared by the engine, the CLI, the task pane and the .docx export.

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
}

/** A heading and its paragraphs. */
export interface DraftSection {
  heading: string;
  /** 1 = 一、…; 2 = (一)/1、… */
  level: 1 | 2;
  paragraphs: string[];
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
}
