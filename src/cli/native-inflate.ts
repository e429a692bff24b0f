// Node's zlib for the .xlsx reader's parts: native, about ten times faster than fflate's JavaScript inflate on a
// 200-unit workbook (15 ms against 177 ms). maxOutputLength stops it at the size the zip declares.
import { inflateRawSync } from 'node:zlib';
import type { RawInflater } from '../xlsx/zip';

export const nodeInflateRaw: RawInflater = (data, maxBytes) => inflateRawSync(data, { maxOutputLength: maxBytes });
