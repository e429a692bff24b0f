// A small streaming XML scanner for the OOXML parts of an .xlsx: tags and text in document order, fed in chunks
// as the part inflates, so a sheet of any size is never held as one string. Not a validating parser: it reads
// what Excel, WPS and LibreOffice write and never throws on anything else (tests/robustness/xml-scan-fuzz).

/** What the scanner reports; element names come without their namespace prefix (`x:row` -> `row`). */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, entities decoded (CDATA as written). */
  text(text: string): void;
  /**
   * Optional shortcut for an element the handler reads whole itself (a sheet's plain cells): called at each start
   * tag with s[lt] === '<'; returns the index after the element, having done exactly what the events for it would
   * have done, or -1 to have it scanned as usual (anything unusual, or an element cut off at the chunk's end).
   */
  element?(s: string, lt: number): number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Decode the five XML entities and numeric references; unknown entities stay as written. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    if (e.charCodeAt(0) !== 35) return ENTITIES[e];
    return codePoint(e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag as name -> decoded value (prefixes kept: `r:id`). */
export function parseAttrs(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (attrs === '') return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * One attribute's decoded value, without building the whole map: the sheet reader asks for r, s and t on
 * every cell. Falls back to parseAttrs for unusual spacing or quotes.
 */
export function attrValue(attrs: string, name: string): string | undefined {
  const [key, spaced] = keysOf(name);
  const at = attrs.startsWith(key) ? 0 : attrs.indexOf(spaced) + 1;
  if (at > 0 || attrs.startsWith(key)) {
    const from = at + key.length;
    const end = attrs.indexOf('"', from);
    if (end >= 0) return decodeXml(attrs.slice(from, end));
  }
  return unusualAttr(name).test(attrs) ? parseAttrs(attrs)[name] : undefined;
}

/**
 * The one-letter attributes of a tag (a cell's r, s and t) in one pass over its text: `onAttr(letter, value)`
 * for each, value decoded. False when the text is not plain `name="value"` pairs (other quotes or spacing): the
 * caller then asks attrValue, which handles those.
 */
export function oneLetterAttrs(attrs: string, onAttr: (letter: number, value: string) => void): boolean {
  return oneLetterAttrRanges(attrs, 0, attrs.length, (_s, letter, from, to) => {
    onAttr(letter, decodeXml(attrs.slice(from, to)));
    return true;
  });
}

/**
 * oneLetterAttrs on the tag text s[from, to), read in place: `onAttr(s, letter, valueFrom, valueTo)` for each
 * one-letter attribute, its value as written (not decoded, not sliced). False when the text is not plain
 * `name="value"` pairs, or as soon as onAttr returns false.
 */
export function oneLetterAttrRanges(
  s: string,
  from: number,
  to: number,
  onAttr: (s: string, letter: number, valueFrom: number, valueTo: number) => boolean,
): boolean {
  let i = from;
  while (i < to) {
    while (i < to && s.charCodeAt(i) <= 32) i++;
    if (i >= to) return true;
    const nameStart = i;
    while (i < to && s.charCodeAt(i) !== 61 /* = */ && s.charCodeAt(i) > 32) i++;
    if (i + 1 >= to || s.charCodeAt(i) !== 61 || s.charCodeAt(i + 1) !== 34 /* " */) return false;
    const end = s.indexOf('"', i + 2);
    if (end < 0 || end >= to) return false;
    if (i - nameStart === 1 && !onAttr(s, s.charCodeAt(nameStart), i + 2, end)) return false;
    i = end + 1;
  }
  return true;
}

/** `name="` and ` name="` for each attribute asked for (a handful of names, asked on every cell). */
const KEYS = new Map<string, [string, string]>();

function keysOf(name: string): [string, string] {
  let keys = KEYS.get(name);
  if (!keys) KEYS.set(name, (keys = [`${name}="`, ` ${name}="`]));
  return keys;
}

const UNUSUAL = new Map<string, RegExp>();

/** `name =` with other spacing or quotes than name="…", for the slow path. */
function unusualAttr(name: string): RegExp {
  let re = UNUSUAL.get(name);
  if (!re) UNUSUAL.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=`)));
  return re;
}

/** Characters that end a tag name: whitespace, `/`, `>`, quotes, `<`. */
function endsName(ch: number): boolean {
  return ch <= 32 || ch === 47 || ch === 62 || ch === 34 || ch === 39 || ch === 60;
}

function endOfName(s: string, from: number): number {
  let i = from;
  while (i < s.length && !endsName(s.charCodeAt(i))) i++;
  return i;
}

/** Index of the `>` closing a tag whose attributes start at `from` (quoted `>` skipped); -1 when not there yet. */
export function endOfTag(s: string, from: number): number {
  let i = from;
  const n = s.length;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch === 62) return i;
    if (ch === 34 || ch === 39) {
      const q = s.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (q < 0) return -1;
      i = q + 1;
    } else {
      i++;
    }
  }
  return -1;
}

/** s[from, to) without surrounding whitespace, sliced once. */
export function trimmed(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === b ? '' : s.slice(a, b);
}
/** A tag that never closes within this many characters is junk, not a tag split across chunks. */
const MAX_TAG = 1 << 16;

function localName(name: string): string {
  if (name.length < 3) return name;
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** One-letter element names (c, v, f, t, r …: most tags of a sheet), shared instead of sliced for every tag. */
const ONE_LETTER: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** The local name of the tag name s[from, to). */
function tagName(s: string, from: number, to: number): string {
  if (to - from === 1) {
    const ch = s.charCodeAt(from);
    if (ch < 128) return ONE_LETTER[ch];
  }
  return localName(s.slice(from, to));
}

/** Feed chunks with write(), then end(); the handler sees every tag and text in order. */
export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Scan a chunk; an element or entity cut at the end is kept for the next chunk. */
  write(chunk: string): void {
    const s = this.pending === '' ? chunk : this.pending + chunk;
    this.pending = s.slice(this.scan(s, false));
  }

  /** Scan what is left; anything unfinished is dropped. */
  end(): void {
    if (this.pending !== '') this.scan(this.pending, true);
    this.pending = '';
  }

  /** Scan s from the start; returns where unscanned input begins. */
  private scan(s: string, final: boolean): number {
    const h = this.handler;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (!final) return i;
        h.text(decodeXml(s.slice(i)));
        return n;
      }
      if (lt > i) h.text(decodeXml(s.slice(i, lt)));
      const next = this.markup(s, lt, final);
      if (next < 0) return lt;
      i = next;
    }
    return n;
  }

  /** Handle the markup at s[lt] === '<'; returns the index after it, or -1 when it is cut off. */
  private markup(s: string, lt: number, final: boolean): number {
    const c = s.charCodeAt(lt + 1);
    if (c === 33 /* ! */) return this.special(s, lt, final);
    if (c === 63 /* ? */) return this.skipTo(s, lt, '?>', final);
    const close = c === 47; /* / */
    if (!close && this.handler.element !== undefined) {
      const after = this.handler.element(s, lt);
      if (after >= 0) return after;
    }
    const nameStart = close ? lt + 2 : lt + 1;
    const nameEnd = endOfName(s, nameStart);
    const end = nameEnd > nameStart ? endOfTag(s, nameEnd) : -2;
    if (end >= 0) {
      const name = tagName(s, nameStart, nameEnd);
      if (close) {
        this.handler.close(name);
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 47 && end - 1 >= nameEnd;
        this.handler.open(name, trimmed(s, nameEnd, selfClosing ? end - 1 : end), selfClosing);
      }
      return end + 1;
    }
    // Cut off by the end of the chunk (wait for more), unless it cannot be a tag at all.
    if (!final && s.length - lt < MAX_TAG && (end === -1 || nameStart >= s.length)) return -1;
    this.handler.text('<');
    return lt + 1;
  }

  /** Comments, CDATA and DOCTYPE (whose entity declarations are never expanded). */
  private special(s: string, lt: number, final: boolean): number {
    if (s.startsWith('<!--', lt)) return this.skipTo(s, lt, '-->', final);
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return final ? s.length : -1;
      this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    const bracket = s.indexOf('[', lt);
    const close = s.indexOf('>', lt);
    if (bracket >= 0 && (close < 0 || bracket < close)) return this.skipTo(s, lt, ']>', final);
    return this.skipTo(s, lt, '>', final);
  }

  private skipTo(s: string, from: number, marker: string, final: boolean): number {
    const end = s.indexOf(marker, from + 1);
    if (end < 0) return final ? s.length : -1;
    return end + marker.length;
  }
}
