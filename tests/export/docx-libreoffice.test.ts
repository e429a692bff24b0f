// The Word 情况说明 as another program lays it out: LibreOffice converts it to PDF, pdftotext reads the pages back
// (title first, 「— N —」 page numbers, 落款 and date last). Skipped, with the reason printed, when either is missing.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { draftNarrative } from '../../src/engine/narrative/draft';
import { draftToDocx } from '../../src/export/docx';
import { seed } from '../engine/narrative/support/seeds';

function onPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const n of names) if (dir && existsSync(path.join(dir, n))) return path.join(dir, n);
  }
  return null;
}

const office = onPath(['libreoffice', 'soffice']);
const pdftotext = onPath(['pdftotext']);
/** LibreOffice without Writer (only libreoffice-calc-nogui) cannot open a .docx. */
const writer = office !== null && existsSync(path.join(path.dirname(realpathSync(office)), 'libswlo.so'));
if (!office || !writer || !pdftotext) {
  console.warn('docx-libreoffice: 跳过 —— 需要 LibreOffice Writer 和 pdftotext（Debian 包 libreoffice-writer-nogui、poppler-utils）。');
}
const withTools = office && writer && pdftotext ? describe : describe.skip;

withTools('LibreOffice lays out the Word 情况说明', () => {
  let dir: string;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'docx-lo-'));
    const { grid, rec } = seed('001');
    const source = path.join(dir, 'narrative.docx');
    writeFileSync(source, await draftToDocx(draftNarrative(rec.tables, { grid, date: '2026年3月5日' })));
    const profile = `file://${path.join(dir, 'profile')}`;
    execFileSync(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync(pdftotext!, ['-layout', path.join(dir, 'narrative.pdf'), '-'], { encoding: 'utf8' });
    pages = text.split('\f').filter((p) => p.trim() !== '');
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('numbers every page 「— N —」 and starts with the title', () => {
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    expect(pages[0].replace(/\s+/g, '')).toMatch(/^临西县医疗保障局本级2024年单位预算信息公开情况说明/);
  });

  it('ends with the 落款 and the date', () => {
    const last = pages[pages.length - 1].replace(/\s+/g, '');
    expect(last).toMatch(/临西县医疗保障局本级2026年3月5日—\d+—$/);
  });
});
