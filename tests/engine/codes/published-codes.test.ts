// Codes added from published documents: in the year of the document, under a parent we hold, each block cited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCodeBook } from '../../../src/engine/codes/code-book';
import {
  PUBLISHED_2025_ECOLOGY,
  PUBLISHED_2025_WANLI,
  PUBLISHED_2026_CONSTRUCTION,
  PUBLISHED_2026_CULTURE,
} from '../../../src/engine/codes/data/functional-published';
import { parentCode } from '../../../src/engine/codes/year-table';

const book = defaultCodeBook();
const blocks = { 2025: [...PUBLISHED_2025_WANLI, ...PUBLISHED_2025_ECOLOGY], 2026: [...PUBLISHED_2026_CULTURE, ...PUBLISHED_2026_CONSTRUCTION] };

describe('codes from published documents', () => {
  it.each(Object.entries(blocks))('%s: every code is known that year under its printed name, below a known parent', (year, list) => {
    for (const [code, name] of list) {
      expect(code).toMatch(/^2\d{2}(\d{2}){1,2}$/);
      expect(book.lookup('functional', Number(year), code)?.name).toBe(name);
      expect(book.lookup('functional', Number(year), parentCode(code))).toBeDefined();
    }
  });

  it('adds nothing before the year of the document that shows it', () => {
    expect(book.lookup('functional', 2024, '2120104')).toBeUndefined();
    expect(book.lookup('functional', 2025, '2120104')?.name).toBe('城管执法');
    expect(book.lookup('functional', 2026, '2120104')?.name).toBe('城管执法');
    expect(book.lookup('functional', 2025, '2070114')).toBeUndefined();
    expect(book.lookup('functional', 2026, '2070114')?.name).toBe('文化和旅游管理事务');
  });

  it('claims no completeness for 2026, an edition nobody reviewed', () => {
    expect(book.isComplete('functional', 2024, '2101109')).toBe(true);
    expect(book.isComplete('functional', 2026, '2101109')).toBe(false);
    expect(book.isComplete('functional', 2026, '22104')).toBe(false);
    expect(book.isComplete('functional', 2026, '235')).toBe(false);
  });

  it('cites a repository, path and commit above every block', () => {
    const text = readFileSync(join(__dirname, '../../../src/engine/codes/data/functional-published.ts'), 'utf8');
    const blocksInFile = text.split(/^export const /m).slice(1);
    expect(blocksInFile).toHaveLength(4);
    const comments = text.split(/^export const /m).slice(0, -1).map((chunk) => chunk.slice(chunk.lastIndexOf('/**')));
    for (const comment of comments) {
      expect(comment).toMatch(/Source: /);
      expect(comment).toMatch(/github\.com\/[\w.-]+\/[\w.-]+/);
      expect(comment).toMatch(/commit [0-9a-f]{40}/);
    }
  });
});
