// check() options from what the clerk imported, the same for the pane and the ribbon's 一键校验.
import type { CheckOptions } from '../engine/check';
import { createCodeBook } from '../engine/codes/code-book';
import type { ImportedCodeTable } from '../engine/codes/imported';

/** Options for check(): the imported 科目表 override the built-in ones (nothing imported: built-in only). */
export function checkOptionsFor(imported: readonly ImportedCodeTable[] | undefined): CheckOptions {
  return imported && imported.length > 0 ? { codeBook: createCodeBook(imported) } : {};
}
