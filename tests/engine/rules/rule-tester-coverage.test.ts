// Every registered rule is exercised by the shared rule tester (support/rule-tester.ts): some test file registers
// its cases with testRule('<id>', …) or through a helper that does (codeRuleCases for codes/*, NARRATIVE cases).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/engine/rules/index';

const DIR = __dirname;
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('\n');

/** Rule ids registered with the tester: testRule('id', …) calls and the keys of rule-tables' CASES. */
function testedIds(): Set<string> {
  const ids = new Set<string>();
  for (const m of sources.matchAll(/testRule\(\s*'([^']+)'/g)) ids.add(m[1]);
  const cases = /const CASES[^=]*=\s*\{([\s\S]*?)\n\};/.exec(sources);
  for (const m of (cases?.[1] ?? '').matchAll(/^ {2}'([a-z-]+\/[a-z-]+)':/gm)) ids.add(m[1]);
  return ids;
}

it('every registered rule has rule-tester cases', () => {
  const tested = testedIds();
  expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
});
