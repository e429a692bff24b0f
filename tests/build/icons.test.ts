import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SETS, drawIcon, encodePng, iconPath } from '../../scripts/draw-icons';

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
  const files = ICON_SETS.flatMap(({ kind, prefix, sizes }) => sizes.map((size) => ({ kind, prefix, size })));

  it.each(files)('assets/$prefix-$size.png is the drawn $kind icon at its size', ({ kind, prefix, size }) => {
    const png = readFileSync(iconPath(ROOT, size, prefix));
    const { width, height, pixels } = decode(png);
    expect([width, height]).toEqual([size, size]);
    expect(pixels.equals(Buffer.from(drawIcon(size, kind)))).toBe(true);
  });

  it.each([16, 32, 80])('gives 一键校验, 校验助手 and 清除标注 three different pictures at %i px', (size) => {
    const [check, pane, clear] = (['check', 'pane', 'clear'] as const).map((k) => Buffer.from(drawIcon(size, k)));
    const differing = (a: Buffer, b: Buffer) => {
      let n = 0;
      for (let i = 3; i < a.length; i += 4) if (Math.abs(a[i - 3] - b[i - 3]) + Math.abs(a[i - 2] - b[i - 2]) + Math.abs(a[i - 1] - b[i - 1]) + Math.abs(a[i] - b[i]) > 96) n++;
      return n / (size * size);
    };
    expect(differing(check, pane)).toBeGreaterThan(0.08);
    expect(differing(check, clear)).toBeGreaterThan(0.08);
    expect(differing(pane, clear)).toBeGreaterThan(0.08);
  });

  it('the manifest gives each ribbon button its own icon set, all committed', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const controls = [...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    const iconOf = (body: string) => [...body.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => m[2]);
    const sets = controls.map((c) => iconOf(c[2]).join(','));
    expect(sets).toEqual(['Icon.16x16,Icon.32x32,Icon.80x80', 'Pane.16x16,Pane.32x32,Pane.80x80', 'Clear.16x16,Clear.32x32,Clear.80x80']);
    for (const m of manifest.matchAll(/<bt:Image id="[^"]+" DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"\/>/g)) {
      expect(readFileSync(join(ROOT, m[1])).length).toBeGreaterThan(100);
    }
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
