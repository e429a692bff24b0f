// Messages: rendered from typed params through one catalogue, quoted cell text capped, every rule named in Chinese.
import { capQuoted, MAX_QUOTED, renderMessage } from '../../src/engine/rules/define-rule';
import { DIAGNOSIS_MESSAGES } from '../../src/engine/messages/zh-CN';

describe('message rendering', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(renderMessage('{{a}}：{{b}}', { a: '合计' })).toBe('合计：{{b}}');
  });

  it('caps a quoted cell text at 200 characters and says how long it was', () => {
    const long = '很'.repeat(40000);
    const msg = renderMessage('科目名称「{{name}}」', { name: long });
    expect(msg.length).toBeLessThan(MAX_QUOTED + 30);
    expect(msg).toContain('…（共 40000 字）');
    expect(capQuoted('短')).toBe('短');
  });

  it('diagnosis templates never say 相符 and 相差 in one breath', () => {
    for (const [code, t] of Object.entries(DIAGNOSIS_MESSAGES)) {
      expect([code, /相符[^；]*相差|相差[^；]*相符/.test(t)]).toEqual([code, false]);
    }
  });
});
