// Keys of the per-workbook settings the pane and the ribbon commands share (WorkbookHost.loadSetting/saveSetting).

/** Imported 科目表 (ImportedCodeTable[]), passed to check() as options.codeBook by the pane and the ribbon. */
export const CODE_TABLES_KEY = 'budgetDisclosure.codeTables';
/** Texts the clerk typed for narrative placeholders, by placeholder key. */
export const NARRATIVE_TEXTS_KEY = 'budgetDisclosure.narrativeTexts';
/** Prior-year figures typed for the narrative (PriorYear). */
export const PRIOR_YEAR_KEY = 'budgetDisclosure.priorYear';
/** The last ribbon command's outcome (CommandStatus), shown by the pane. */
export const LAST_COMMAND_KEY = 'budgetDisclosure.lastCommand';
/** The clerk's judgments of findings (reviewed / not a problem), by finding identity. */
export const JUDGMENTS_KEY = 'budgetDisclosure.judgments';
