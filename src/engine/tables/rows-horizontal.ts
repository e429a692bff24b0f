// A “三公” table laid out across (Shanghai 「“三公”经费和机关运行经费预算表」): one data row under a header whose columns
// are the items — 合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 (小计, 购置费, 运行费) | 机关运行经费.
// Each column becomes a line with its role, so the table reads like the vertical layout: column `total`, one amount.
import type { Sheet } from '../grid/types';
import { getCell } from '../grid/sheet';
import { cleanLabel } from './columns';
import type { Header, HeaderColumn } from './header';
import { threePublicRole } from './rows-list';
import type { TableColumn, TableRow } from './types';

/** Role of a header column of the horizontal layout, from its path (group labels, then the leaf). */
export function horizontalRole(path: readonly string[]): string | null {
  const parts = path.map(cleanLabel).filter((p) => p !== '');
  const leaf = parts[parts.length - 1] ?? '';
  const vehicle = parts.some((p) => /公务用车/.test(p));
  if (/机关运行经费/.test(leaf)) return 'agency-operating';
  if (vehicle && /^小计$/.test(leaf)) return 'vehicle';
  if (vehicle && /^购置(费)?$/.test(leaf)) return 'vehicle-purchase';
  if (vehicle && /^运行(维护)?费?$/.test(leaf)) return 'vehicle-operation';
  const role = threePublicRole(leaf);
  return role === 'line' ? null : role;
}

const ITEM_ROLES = new Set(['abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation']);

/** True when the header lists the “三公” items as columns (at least two of them). */
export function isHorizontalThreePublic(header: Header): boolean {
  const roles = new Set(header.columns.map((c) => horizontalRole(c.path)).filter((r): r is string => r !== null && ITEM_ROLES.has(r)));
  return roles.size >= 2;
}

function labelOf(c: HeaderColumn): string {
  const parts = c.path.map(cleanLabel).filter((p) => p !== '');
  const leaf = parts[parts.length - 1] ?? '';
  return /^(小计|购置费|运行费)$/.test(leaf) && parts.length > 1 ? `${parts[parts.length - 2]}/${leaf}` : leaf;
}

/** One line per item column for every data row; the amount column is `total`. */
export function readHorizontalThreePublic(sheet: Sheet, header: Header, rows: readonly number[]): { columns: TableColumn[]; rows: TableRow[] } {
  const itemColumns = header.columns.map((c) => ({ c, role: horizontalRole(c.path) })).filter((x): x is { c: HeaderColumn; role: string } => x.role !== null);
  const out: TableRow[] = [];
  for (const r of rows) {
    if (!itemColumns.some(({ c }) => getCell(sheet, r, c.col)?.value.kind === 'number')) continue;
    for (const { c, role } of itemColumns) {
      const cell = getCell(sheet, r, c.col);
      const value = cell && cell.value.kind === 'number' ? cell.value.num : null;
      out.push({
        row: r,
        code: null,
        level: 'line',
        role,
        name: labelOf(c),
        nameAddress: { sheet: sheet.name, row: header.top, col: c.col },
        amounts: { total: { address: { sheet: sheet.name, row: r, col: c.col }, value, cell } },
      });
    }
  }
  const first = itemColumns[0]?.c.col ?? header.left;
  return { columns: [{ key: 'total', label: '预算数', col: first }], rows: out };
}
