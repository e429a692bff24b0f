// The shape of the built-in dictionaries: a base edition plus explicit, reviewable year-to-year change lists.
import type { Classification } from '../types';

/** A code and its name as printed in the edition. */
export type CodeName = readonly [code: string, name: string];

/** The first year we hold for a classification, stated with its source. */
export interface BaseEdition {
  cls: Classification;
  year: number;
  /** e.g. 财政部《2019年政府收支分类科目》. */
  source: string;
  entries: readonly CodeName[];
  /**
   * Codes whose list of children is complete in this data: absence of a child is an error.
   * The empty string stands for the list of top-level codes (类).
   */
  complete: readonly string[];
  /** Codes that may exist although they are not listed: absence is only a warning. */
  uncertain?: readonly string[];
  /** Other names accepted without comment in the base year only (variants we cannot rule out). */
  aliases?: readonly CodeName[];
  /** Names used before the base year (most recent first), kept for "former name" warnings. */
  history?: readonly CodeName[];
}

/** What changed from the previous year; every field is optional and explicit. */
export interface YearChange {
  year: number;
  source: string;
  /** One line in English: where the change comes from (seed document, edition notes). */
  note: string;
  add?: readonly CodeName[];
  /** Renamed codes: the former name is kept as history for "former name" warnings. */
  rename?: readonly CodeName[];
  remove?: readonly string[];
  /** Codes whose children list becomes complete / stops being complete this year. */
  complete?: readonly string[];
  incomplete?: readonly string[];
  /** Codes that may exist this year although not listed (absence is a warning). */
  uncertain?: readonly string[];
  /** Codes no longer uncertain this year. */
  certain?: readonly string[];
  /** Other names accepted without comment in this year only (editions we cannot tell apart). */
  aliases?: readonly CodeName[];
}

/** A base edition with the changes that follow it, in year order. */
export interface EditionSeries {
  base: BaseEdition;
  changes: readonly YearChange[];
}
