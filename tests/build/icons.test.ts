import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZES, drawIcon, encodePng, iconPath } from '../../scripts/draw-icons';

const ROOT = join(__dirname, '..', '..');

/** Width, height and RGBA pixels of an unfiltered 8-bit RGBA PNG (what encodePng writes). */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe('icons', () => {
  it.each(ICON_SIZES)('assets/icon-%i.png is the drawn icon at its size', (size) => {
    const png = readFileSync(iconPath(ROOT, size));
    const { width, height, pixels } = decode(png);
    expect([width, height]).toEqual([size, size]);
    expect(pixels.equals(Buffer.from(drawIcon(size)))).toBe(true);
  });

  it('draws an opaque table with a transparent margin', () => {
    const px = drawIcon(32);
    const alphaAt = (x: number, y: number) => px[(y * 32 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(8, 20)).toBe(255);
  });

  it('round-trips through the encoder', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    expect(decode(encodePng(2, 2, rgba)).pixels.equals(Buffer.from(rgba))).toBe(true);
  });
});
