// Keys of the per-workbook settings the pane stores through WorkbookHost.saveSetting (defined in src/host).
export { CODE_TABLES_KEY, JUDGMENTS_KEY, LAST_COMMAND_KEY, NARRATIVE_TEXTS_KEY, PRIOR_YEAR_KEY } from '../host/settings-keys';
