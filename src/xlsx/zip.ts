// The .xlsx container: entries listed from the zip's central directory (sizes known before anything is inflated),
// and one entry inflated in slices through fflate so a part is read as a stream, never as one buffer.
import { Inflate } from 'fflate';
import { WorkbookReadError } from './sniff';

/** One file of the package, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** Uncompressed size the directory declares; inflating more than this is treated as damage. */
  size: number;
  encrypted: boolean;
  headerOffset: number;
}

/** The entries of a zip, by name. */
export type ZipDirectory = Map<string, ZipEntry>;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The sentence for a package that cannot be read; the same one exceljs' failures used to get. */
export const DAMAGED = '文件已损坏或不完整，Excel 工作簿无法打开。请在 Excel 中重新保存为 .xlsx 后再试。';

function damaged(): WorkbookReadError {
  return new WorkbookReadError(DAMAGED);
}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw damaged();
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw damaged();
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function findEndRecord(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === EOCD) return at;
  }
  throw damaged();
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Zip64 sizes and offset from an entry's extra field, for the values the header marks 0xFFFFFFFF. */
function zip64Extra(b: Uint8Array, from: number, to: number, e: ZipEntry): void {
  for (let at = from; at + 4 <= to; ) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 1) {
      let p = at + 4;
      if (e.size === 0xffffffff) (e.size = u64(b, p)), (p += 8);
      if (e.compressedSize === 0xffffffff) (e.compressedSize = u64(b, p)), (p += 8);
      if (e.headerOffset === 0xffffffff) e.headerOffset = u64(b, p);
      return;
    }
    at += 4 + len;
  }
}

/** Read the central directory; throws WorkbookReadError when there is none or it points outside the file. */
export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const end = findEndRecord(b);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if (end >= 20 && u32(b, end - 20) === ZIP64_LOCATOR) {
    const z = u64(b, end - 12);
    if (u32(b, z) === ZIP64_EOCD) {
      count = u64(b, z + 32);
      offset = u64(b, z + 48);
    }
  }
  const entries: ZipDirectory = new Map();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== CENTRAL) throw damaged();
    const flags = u16(b, at + 8);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const nameBytes = b.subarray(at + 46, at + 46 + nameLen);
    const e: ZipEntry = {
      name: ((flags & 0x800) !== 0 ? utf8 : latin1).decode(nameBytes).replace(/\\/g, '/'),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      encrypted: (flags & 1) !== 0,
      headerOffset: u32(b, at + 42),
    };
    zip64Extra(b, at + 46 + nameLen, at + 46 + nameLen + extraLen, e);
    entries.set(e.name, e);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's compressed bytes start (after its local header). */
function dataStart(b: Uint8Array, e: ZipEntry): number {
  if (u32(b, e.headerOffset) !== LOCAL) throw damaged();
  const start = e.headerOffset + 30 + u16(b, e.headerOffset + 26) + u16(b, e.headerOffset + 28);
  if (start + e.compressedSize > b.length) throw damaged();
  return start;
}

/** Compressed bytes pushed into the inflater at a time: a slice inflates to at most ~1,000 times its size. */
const SLICE = 1 << 15;

/**
 * A host's own raw-deflate decoder (Node's zlib, native and ~10 times faster than fflate's JavaScript): the whole
 * entry at once, never more than `maxBytes` (it throws past that). Used for parts up to NATIVE_MAX_BYTES.
 */
export type RawInflater = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** Parts larger than this stream through fflate in slices even when the host has a native inflater. */
const NATIVE_MAX_BYTES = 64 * 1024 * 1024;

/** Bytes handed to onChunk at a time. */
const CHUNK = SLICE * 32;

/** Hand bytes already whole in memory (a stored part, a part inflated at once) over in chunks. */
function handOver(bytes: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  for (let at = 0; at < bytes.length; at += CHUNK) onChunk(bytes.subarray(at, at + CHUNK));
}

/**
 * Inflate one entry and hand its bytes over in chunks. Never produces more than the entry's declared size:
 * a directory that understates a part (a disguised zip bomb) is damage, caught before the memory is spent.
 */
export function inflateEntry(b: Uint8Array, e: ZipEntry, onChunk: (chunk: Uint8Array) => void, native?: RawInflater): void {
  if (e.encrypted || (e.method !== 0 && e.method !== 8)) throw damaged();
  const start = dataStart(b, e);
  const data = b.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length !== e.size) throw damaged();
    handOver(data, onChunk);
    return;
  }
  if (native && e.size <= NATIVE_MAX_BYTES) {
    let out: Uint8Array;
    try {
      out = native(data, Math.max(1, e.size));
    } catch {
      throw damaged();
    }
    if (out.length > e.size) throw damaged();
    handOver(out, onChunk);
    return;
  }
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > e.size) throw damaged();
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw damaged();
  }
}

/** An entry's text, streamed: UTF-8 decoded chunk by chunk (a character cut between chunks is joined). */
export function streamEntryText(b: Uint8Array, e: ZipEntry, onText: (text: string) => void, native?: RawInflater): void {
  const decoder = new TextDecoder('utf-8');
  inflateEntry(
    b,
    e,
    (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') onText(text);
    },
    native,
  );
  const rest = decoder.decode();
  if (rest !== '') onText(rest);
}
