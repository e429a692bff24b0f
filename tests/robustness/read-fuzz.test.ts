// readWorkbook on damaged bytes: it either reads a Grid the engine can check or throws WorkbookReadError (whose
// message is the one Chinese sentence the user sees), never anything else. Seeded byte-level and part-level damage.
import fc from 'fast-check';
import JSZip from 'jszip';
import { check } from '../../src/engine/check';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { smallWorkbook } from './bad-files';

/** What went wrong reading these bytes ('' when they were read and checked, or refused with a WorkbookReadError). */
async function readProblem(bytes: Uint8Array): Promise<string> {
  try {
    check(await readWorkbook(bytes), 'fuzz.xlsx');
    return '';
  } catch (e) {
    if (e instanceof WorkbookReadError && /[\u4e00-\u9fff]/.test(e.message)) return '';
    return `unexpected ${e instanceof Error ? e.stack : String(e)}`;
  }
}

const damageArb = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), spots: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);

type Damage = typeof damageArb extends fc.Arbitrary<infer T> ? T : never;

function damage(bytes: Uint8Array, d: Damage): Uint8Array {
  const pos = (x: number) => Math.min(bytes.length - 1, Math.floor(x * bytes.length));
  if (d.kind === 'truncate') return bytes.slice(0, pos(d.at));
  if (d.kind === 'insert') return new Uint8Array([...bytes.slice(0, pos(d.at)), ...d.junk, ...bytes.slice(pos(d.at))]);
  const out = bytes.slice();
  for (const [x, mask] of d.spots) out[pos(x)] ^= mask;
  return out;
}

/** Garbage in place of one part of the package (the zip itself stays valid). */
const PART_GARBAGE = ['', '<', '<?xml version="1.0"?><worksheet>', '\u0000\u0001\u0002', '<sheetData><row r="-1"><c r="ZZZZ0" t="s"><v>999999</v></c></row></sheetData>', '<a>'.repeat(2000)];

describe('reader fuzz: damaged .xlsx bytes give a Grid or a WorkbookReadError, nothing else', () => {
  let good: Uint8Array = new Uint8Array();
  let parts: string[] = [];
  beforeAll(async () => {
    good = await smallWorkbook();
    parts = Object.keys((await JSZip.loadAsync(good)).files).filter((p) => !p.endsWith('/'));
  });

  it('reads the undamaged file (so the properties below start from a readable workbook)', async () => {
    expect((await readWorkbook(good)).sheets).toHaveLength(1);
  });

  it('survives truncation, flipped bytes and inserted junk', async () => {
    await fc.assert(
      fc.asyncProperty(damageArb, async (d) => {
        expect(await readProblem(damage(good, d))).toBe('');
      }),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('survives a valid zip whose parts are garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...PART_GARBAGE), async (i, garbage) => {
        const zip = await JSZip.loadAsync(good);
        zip.file(parts[i % parts.length], garbage);
        expect(await readProblem(await zip.generateAsync({ type: 'uint8array' }))).toBe('');
      }),
      { seed: 4343, numRuns: 80 },
    );
  });

  it('the property can fail: a non-WorkbookReadError is reported', async () => {
    expect(await readProblem(null as unknown as Uint8Array)).toMatch(/^unexpected/);
  });
});
