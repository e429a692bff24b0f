// Keys of the per-workbook settings the pane stores through WorkbookHost.saveSetting.

/** Imported 科目表 (ImportedCodeTable[]), passed to check() as options.codeBook. */
export const CODE_TABLES_KEY = 'budgetDisclosure.codeTables';
/** Texts the clerk typed for narrative placeholders, by placeholder key. */
export const NARRATIVE_TEXTS_KEY = 'budgetDisclosure.narrativeTexts';
/** Prior-year figures typed for the narrative (PriorYear). */
export const PRIOR_YEAR_KEY = 'budgetDisclosure.priorYear';
