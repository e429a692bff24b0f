// Shared strings (plain and rich text) and the cell styles' number formats: the two tables sheet cells point into.
import { parseAttrs, type XmlHandler } from './xml-scan';

/** `_x000D_`-style escapes OOXML uses for characters XML cannot carry; `_x005F_` escapes a literal underscore. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Undo OOXML's `_xHHHH_` escapes in string content. */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of <t> elements, rich-text runs joined, phonetic guides (<rPh>) left out: the handler
 * both the shared-string table and inline strings (<is>) use. `depth` counts open <rPh>.
 */
export class RunText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't') this.inT = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh' && this.phonetic > 0) this.phonetic--;
  }

  text(t: string): void {
    if (this.inT) this.parts.push(t);
  }

  /** The text collected since the last take(), then start again. */
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.inT = false;
    this.phonetic = 0;
    return unescapeOoxml(s);
  }
}

/** Handler filling `out` with one string per <si>, in order. */
export function sharedStringsHandler(out: string[]): XmlHandler {
  const run = new RunText();
  let inItem = false;
  return {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        inItem = true;
        if (selfClosing) {
          out.push('');
          inItem = false;
        }
      } else if (inItem && !selfClosing) run.open(name);
    },
    close(name) {
      if (name === 'si') {
        out.push(run.take());
        inItem = false;
      } else if (inItem) run.close(name);
    },
    text(t) {
      if (inItem) run.text(t);
    },
  };
}

/** Built-in number formats by id (ECMA-376 18.8.30, zh-CN for the locale-dependent ids 27-36 and 50-58). */
const BUILT_IN: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** A number format shows a date or time when, outside quotes and brackets, it has date/time letters. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A cell style as the sheet reader needs it. */
export interface CellStyle {
  numFmt: string | undefined;
  isDate: boolean;
  /** Alignment indent level (「增加缩进量」), 0 when none: names-only tables show 款 and 项 by it. */
  indent: number;
}

/** Handler filling `out` with one CellStyle per <xf> of <cellXfs> (the `s` index of a cell). */
export function stylesHandler(out: CellStyle[]): XmlHandler {
  const custom = new Map<number, string>();
  let inCellXfs = false;
  return {
    open(name, attrs) {
      if (name === 'numFmt') {
        const a = parseAttrs(attrs);
        if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(parseAttrs(attrs).numFmtId ?? 0);
        const numFmt = id > 0 ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
        out.push({ numFmt, isDate: isDateFormat(numFmt), indent: 0 });
      } else if (name === 'alignment' && inCellXfs && out.length > 0) {
        const indent = Number(parseAttrs(attrs).indent ?? 0);
        if (Number.isInteger(indent) && indent > 0 && indent <= 250) out[out.length - 1].indent = indent;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  };
}
