// Classification dictionaries: which codes exist in a year, under which names, and how sure we are.
/** Which classification a code belongs to. */
export type Classification = 'functional' | 'economic-dept' | 'economic-gov';

/** One code of a classification as the dictionaries hold it for a year. */
export interface CodeEntry {
  code: string;
  name: string;
  /** Names this code had in earlier years (most recent first), for "former name" warnings. */
  formerNames?: string[];
  /** Other names accepted without comment for this year (editions we cannot tell apart). Optional addition. */
  aliases?: string[];
}

/**
 * Lookup over the built-in dictionaries plus any imported 科目表.
 * Implemented in codes/; rules only use this interface.
 */
export interface CodeBook {
  /** The entry for a code in a year, or undefined. */
  lookup(cls: Classification, year: number, code: string): CodeEntry | undefined;
  /** True when absence of `code` from the data means it does not exist (its subtree is complete). */
  isComplete(cls: Classification, year: number, code: string): boolean;
  /** Codes whose current name is `name` (normalized), for "name of another code" errors and name-only rows. */
  findByName(cls: Classification, year: number, name: string): CodeEntry[];
  /** Source edition, for messages ("财政部《2024年政府收支分类科目》"). */
  source(cls: Classification, year: number): string | undefined;
  /** True when an imported 科目表 applies to this classification and year. */
  hasImport(cls: Classification, year: number): boolean;
}
