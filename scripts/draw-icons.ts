// Draws the add-in's icons and writes them as PNGs into assets/, with a minimal PNG encoder over node's zlib so the
// project needs no image tool. Run: npm run icons. Three pictures, one per ribbon button: a green table with a
// check mark (the add-in, its group and 一键校验), a sheet with a side panel listing lines (校验助手), and the
// table with an eraser (清除标注).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Icon sizes the manifest refers to: 16/32/80 for ribbon buttons, 32/64 for the add-in icon. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/** Which picture. */
export type IconKind = 'check' | 'pane' | 'clear';

/** The committed icon files: assets/<prefix>-<size>.png. */
export const ICON_SETS: readonly { kind: IconKind; prefix: string; sizes: readonly number[] }[] = [
  { kind: 'check', prefix: 'icon', sizes: ICON_SIZES },
  { kind: 'pane', prefix: 'pane', sizes: [16, 32, 80] },
  { kind: 'clear', prefix: 'clear', sizes: [16, 32, 80] },
];

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => Rgba | null;

const GREEN: Rgba = [33, 115, 70, 255];
const GRID: Rgba = [150, 190, 165, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const MARK: Rgba = [216, 59, 1, 255];
const INK: Rgba = [60, 60, 60, 255];
const ERASER: Rgba = [209, 52, 56, 255];

function rect(x0: number, y0: number, x1: number, y1: number, color: Rgba): Shape {
  return (x, y) => (x >= x0 && x < x1 && y >= y0 && y < y1 ? color : null);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function stroke(points: readonly [number, number][], width: number, color: Rgba): Shape {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      if (distanceToSegment(x, y, ax, ay, bx, by) <= width / 2) return color;
    }
    return null;
  };
}

/** The green table with a header band, grid lines and column lines at `cols`, from x0 to x1. */
function table(line: number, x0: number, x1: number, cols: readonly number[]): Shape[] {
  return [
    rect(x0, 0.1, x1, 0.9, GREEN),
    rect(x0 + line, 0.28, x1 - line, 0.9 - line, PAPER),
    rect(x0, 0.46, x1, 0.46 + line, GRID),
    rect(x0, 0.68, x1, 0.68 + line, GRID),
    ...cols.map((c) => rect(c, 0.28, c + line, 0.9, GRID)),
  ];
}

/** The picture as layers in unit coordinates (0..1), bottom first; `px` is one pixel in those units. */
function layers(px: number, kind: IconKind): Shape[] {
  const line = Math.max(px, 0.045);
  if (kind === 'pane') {
    const row = Math.max(px * 1.5, 0.07);
    return [
      ...table(line, 0.04, 0.6, [0.22, 0.4]),
      rect(0.6, 0.1, 0.96, 0.9, GREEN),
      rect(0.6, 0.1, 0.6 + line, 0.9, PAPER),
      rect(0.68, 0.3, 0.9, 0.3 + row, PAPER),
      rect(0.68, 0.5, 0.9, 0.5 + row, PAPER),
      rect(0.68, 0.7, 0.84, 0.7 + row, PAPER),
    ];
  }
  if (kind === 'clear') {
    const body: [number, number][] = [[0.62, 0.62], [0.86, 0.38]];
    const tip: [number, number][] = [[0.46, 0.78], [0.6, 0.64]];
    return [
      ...table(line, 0.04, 0.72, [0.26, 0.48]),
      stroke([[0.46, 0.78], [0.86, 0.38]], 0.34, PAPER),
      stroke([[0.46, 0.78], [0.86, 0.38]], 0.28, INK),
      stroke(body, 0.2, ERASER),
      stroke(tip, 0.2, PAPER),
      rect(0.3, 0.9 - line, 0.62, 0.9, INK),
    ];
  }
  const check: [number, number][] = [[0.5, 0.66], [0.64, 0.8], [0.92, 0.42]];
  return [...table(line, 0.06, 0.8, [0.3, 0.54]), stroke(check, 0.2, PAPER), stroke(check, 0.12, MARK)];
}

/** RGBA pixels of an icon at `size` px, 4x4 supersampled so small sizes stay crisp. */
export function drawIcon(size: number, kind: IconKind = 'check'): Uint8Array {
  const shapes = layers(1 / size, kind);
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const ux = (x + (sx + 0.5) / n) / size;
          const uy = (y + (sy + 0.5) / n) / size;
          let c: Rgba | null = null;
          for (const shape of shapes) c = shape(ux, uy) ?? c;
          if (!c) continue;
          for (let k = 0; k < 3; k++) acc[k] += c[k] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (y * size + x) * 4;
      const alpha = acc[3] / (n * n);
      for (let k = 0; k < 3; k++) out[o + k] = acc[3] > 0 ? Math.round(acc[k] / acc[3]) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG (no filtering, zlib level 9). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Path of a committed icon. */
export function iconPath(root: string, size: number, prefix = 'icon'): string {
  return join(root, 'assets', `${prefix}-${size}.png`);
}

if (require.main === module) {
  const root = join(__dirname, '..');
  for (const { kind, prefix, sizes } of ICON_SETS) {
    for (const size of sizes) {
      writeFileSync(iconPath(root, size, prefix), encodePng(size, size, drawIcon(size, kind)));
      console.log(`assets/${prefix}-${size}.png`);
    }
  }
}
