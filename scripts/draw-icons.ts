// Draws the add-in's icons (a small green table with a check mark) and writes them as PNGs into assets/,
// with a minimal PNG encoder over node's zlib so the project needs no image tool. Run: npm run icons.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Icon sizes the manifest refers to: 16/32/80 for ribbon buttons, 32/64 for the add-in icon. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => Rgba | null;

const GREEN: Rgba = [33, 115, 70, 255];
const GRID: Rgba = [150, 190, 165, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const MARK: Rgba = [216, 59, 1, 255];

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

/** The icon as layers in unit coordinates (0..1), bottom first; `px` is one pixel in those units. */
function layers(px: number): Shape[] {
  const line = Math.max(px, 0.045);
  const check: [number, number][] = [[0.5, 0.66], [0.64, 0.8], [0.92, 0.42]];
  return [
    rect(0.06, 0.1, 0.8, 0.9, GREEN),
    rect(0.06 + line, 0.28, 0.8 - line, 0.9 - line, PAPER),
    rect(0.06, 0.46, 0.8, 0.46 + line, GRID),
    rect(0.06, 0.68, 0.8, 0.68 + line, GRID),
    rect(0.3, 0.28, 0.3 + line, 0.9, GRID),
    rect(0.54, 0.28, 0.54 + line, 0.9, GRID),
    stroke(check, 0.2, PAPER),
    stroke(check, 0.12, MARK),
  ];
}

/** RGBA pixels of the icon at `size` px, 4x4 supersampled so small sizes stay crisp. */
export function drawIcon(size: number): Uint8Array {
  const shapes = layers(1 / size);
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

/** Path of the committed icon of one size. */
export function iconPath(root: string, size: number): string {
  return join(root, 'assets', `icon-${size}.png`);
}

if (require.main === module) {
  const root = join(__dirname, '..');
  for (const size of ICON_SIZES) {
    writeFileSync(iconPath(root, size), encodePng(size, size, drawIcon(size)));
    console.log(`assets/icon-${size}.png`);
  }
}
