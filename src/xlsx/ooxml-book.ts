// The workbook part and its relationships: which sheets there are (in tab order), where their XML lives,
// their visibility, the date system, and where the shared strings and styles are.
import type { SheetState } from '../engine/grid/types';
import { parseAttrs, XmlScanner, type XmlHandler } from './xml-scan';
import { streamEntryText, type RawInflater, type ZipDirectory } from './zip';

/** One worksheet as the workbook lists it. */
export interface BookSheet {
  name: string;
  state: SheetState;
  /** Package path of its XML, e.g. xl/worksheets/sheet1.xml (null when the relationship is missing). */
  part: string | null;
}

/** What the workbook part says about the whole workbook. */
export interface BookInfo {
  sheets: BookSheet[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** Scan one part with a handler; a missing part scans as nothing. */
export function scanPart(bytes: Uint8Array, dir: ZipDirectory, path: string, handler: XmlHandler, native?: RawInflater): boolean {
  const entry = dir.get(path);
  if (!entry) return false;
  const scanner = new XmlScanner(handler);
  streamEntryText(bytes, entry, (t) => scanner.write(t), native);
  scanner.end();
  return true;
}

const NO_TEXT = (): void => undefined;

/** Resolve a relationship target against the folder of the part that owns it ("/xl/x.xml" is absolute). */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

/** The relationships of a part, by id. */
function readRels(bytes: Uint8Array, dir: ZipDirectory, part: string, native?: RawInflater): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  scanPart(bytes, dir, relsPathOf(part), {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = parseAttrs(attrs);
      if (a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(part, a.Target) });
    },
    close: NO_TEXT,
    text: NO_TEXT,
  }, native);
  return rels;
}

/** The workbook part the package's root relationships name (xl/workbook.xml in practice). */
function workbookPart(bytes: Uint8Array, dir: ZipDirectory, native?: RawInflater): string | null {
  for (const rel of readRels(bytes, dir, '', native).values()) {
    if (/\/officeDocument$/.test(rel.type) && dir.has(rel.target)) return rel.target;
  }
  return dir.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** The relationship id of a <sheet>, whatever prefix the relationships namespace got (r:id, ns1:id). */
function relId(a: Record<string, string>): string {
  for (const key of Object.keys(a)) if (key.endsWith(':id')) return a[key];
  return '';
}

function stateOf(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

function relOfType(rels: Map<string, Relationship>, suffix: string): string | null {
  for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel.target;
  return null;
}

/** Read the workbook part; null when the package has none (not a spreadsheet). `native` as in scanPart. */
export function readBook(bytes: Uint8Array, dir: ZipDirectory, native?: RawInflater): BookInfo | null {
  const part = workbookPart(bytes, dir, native);
  if (!part) return null;
  const rels = readRels(bytes, dir, part, native);
  const info: BookInfo = { sheets: [], date1904: false, sharedStrings: relOfType(rels, '/sharedStrings'), styles: relOfType(rels, '/styles') };
  scanPart(bytes, dir, part, {
    open(name, attrs) {
      if (name === 'workbookPr') {
        const v = parseAttrs(attrs).date1904;
        info.date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const a = parseAttrs(attrs);
        const rel = rels.get(relId(a));
        // Chart sheets and dialog sheets are listed too; only worksheets hold cells.
        if (rel && !rel.type.endsWith('/worksheet')) return;
        info.sheets.push({ name: a.name ?? '', state: stateOf(a.state), part: rel ? rel.target : null });
      }
    },
    close: NO_TEXT,
    text: NO_TEXT,
  }, native);
  return info;
}
