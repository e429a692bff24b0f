// Messages: rendered from typed params through one catalogue, quoted cell text capped, every rule named in Chinese.
import { capQuoted, MAX_QUOTED, renderMessage } from '../../src/engine/rules/define-rule';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSIS_MESSAGES } from '../../src/engine/messages/zh-CN';
import { catalogueMarkdown, messageCatalogue } from '../../src/engine/messages/catalogue';

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

describe('the message catalogue', () => {
  it('docs/messages.md is the current catalogue (npm run messages)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'messages.md'), 'utf8')).toBe(catalogueMarkdown());
  });

  it('lists every diagnosis code and every rule message once', () => {
    const codes = messageCatalogue().map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of Object.keys(DIAGNOSIS_MESSAGES)) expect(codes).toContain(code);
    expect(codes).toContain('cell/not-a-number.text');
  });
});
