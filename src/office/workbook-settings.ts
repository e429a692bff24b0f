// The pane's and the ribbon's own settings (imported 科目表, narrative texts, the last ribbon result…) in the
// workbook's settings collection (ExcelApi 1.4), read and written inside an Excel.run so every runtime sees the
// latest value. Office.context.document.settings is never saved: its saveAsync would write back a stale copy.
import type { ExcelContextLike } from './excel-api';

/** The stored value, undefined when there is none. One sync. */
export async function loadWorkbookSetting(context: ExcelContextLike, key: string): Promise<unknown> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? undefined : (setting.value ?? undefined);
}

/** Store a JSON value (undefined removes the setting). One sync. */
export async function saveWorkbookSetting(context: ExcelContextLike, key: string, value: unknown): Promise<void> {
  if (value === undefined) {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('key');
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
  } else {
    context.workbook.settings.add(key, value);
  }
  await context.sync();
}
