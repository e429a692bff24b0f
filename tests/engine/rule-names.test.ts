import { RULES } from '../../src/engine/rules/index';
import { hasRuleName, ruleName } from '../../src/engine/messages/rule-names';

describe('rule names', () => {
  it('names every registered rule in Chinese', () => {
    const unnamed = RULES.map((r) => r.id).filter((id) => !hasRuleName(id));
    expect(unnamed).toEqual([]);
    for (const r of RULES) expect(ruleName(r.id)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never shows an English id for an unknown rule', () => {
    expect(ruleName('made/up')).toBe('其他校验');
  });
});
