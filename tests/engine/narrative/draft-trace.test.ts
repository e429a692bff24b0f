// No number in a draft that is not traceable to the tables or the prior-year input.
import { formatAmount, money, percentOf, type Money } from '../../../src/engine/money';
import { draftNarrative, draftToText } from '../../../src/engine/narrative/draft';
import type { PriorYear } from '../../../src/engine/narrative/types';
import { toWan } from '../../../src/engine/narrative/table-lookup';
import type { BudgetTable } from '../../../src/engine/tables/types';
import { tablesOnly, type SeedName } from './support/seeds';

/** Every amount of every table, in 万元, plus the numbers inside the tables' own text (project names). */
function tableValues(tables: readonly BudgetTable[]): { amounts: Money[]; totals: Money[]; words: Set<string> } {
  const amounts: Money[] = [];
  const totals: Money[] = [];
  const words = new Set<string>();
  for (const t of tables) {
    for (const r of t.rows) {
      for (const a of Object.values(r.amounts)) {
        /* A blank or dash cell states a zero (「0.00万元」). */
        if (!a.value) words.add('0.00');
        if (!a.value) continue;
        amounts.push(toWan(t, a.value));
        if (r.level === 'total' || /total/.test(r.role ?? '')) totals.push(toWan(t, a.value));
      }
      for (const s of [r.name, ...Object.values(r.extra ?? {})]) for (const n of s.match(/\d+(?:\.\d+)?%?/g) ?? []) words.add(n);
    }
  }
  return { amounts, totals, words };
}

/**
 * Figures a draft derives from table lines: 政府采购 by catalog letter (货物 A, 工程 B, 服务 C) and the equipment and
 * furniture among them (拟购置固定资产), quantities as printed, and counts of 绩效目标表 projects.
 */
function derivedValues(tables: readonly BudgetTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    for (const r of t.rows) if (r.amounts.quantity?.value) out.push(r.amounts.quantity.value.toFixed());
    if (t.kind !== 'procurement') continue;
    const items = t.rows.filter((r) => r.role === 'item');
    const sumOf = (keep: (code: string) => boolean) =>
      items.filter((r) => keep(r.extra?.catalog ?? '')).reduce((a, r) => a.plus(toWan(t, r.amounts.total?.value ?? money(0))), money(0));
    for (const letter of ['A', 'B', 'C']) out.push(formatAmount(sumOf((c) => c.startsWith(letter))));
    out.push(formatAmount(sumOf((c) => /^A0[12]|^A0501/.test(c))), formatAmount(sumOf((c) => /^A0[1236]/.test(c))));
  }
  const forms = tables.filter((t) => t.kind === 'performance-targets').length;
  for (let n = 0; n <= forms; n++) out.push(String(n));
  return out;
}

function untraceable(name: SeedName, prior?: PriorYear): string[] {
  const tables = tablesOnly(name);
  return untraceableIn(draftToText(draftNarrative(tables, prior ? { prior } : {})), tables, prior);
}

function untraceableIn(draftText: string, tables: readonly BudgetTable[], prior?: PriorYear): string[] {
  const text = draftText.replace(/(^|\n)\d+、/g, '$1');
  const { amounts, totals, words } = tableValues(tables);
  const priorValues = Object.entries(prior ?? {}).filter(([k]) => k !== 'year').map(([, v]) => money(String(v)));
  const allowed = new Set<string>([...[...amounts, ...priorValues].map((m) => formatAmount(m)), ...derivedValues(tables)]);
  for (const p of priorValues) for (const a of amounts) allowed.add(formatAmount(a.minus(p).abs()));
  const year = tables.find((t) => t.year !== null)?.year ?? 0;
  const years = new Set([String(year), String(prior?.year ?? year - 1)]);
  const bad: string[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?(%?)/g)) {
    const token = m[0].replace('%', '');
    if (m[1] === '%') {
      /* A share computed from two table figures, or a percentage written in a table (an indicator value). */
      const ok = words.has(m[0]) || amounts.some((a) => totals.some((t) => percentOf(a, t) === token));
      if (!ok) bad.push(m[0]);
    } else if (!years.has(token) && !words.has(token) && !allowed.has(token)) {
      bad.push(token);
    }
  }
  return bad;
}

describe('every number in a draft comes from the tables or the prior-year input', () => {
  it.each(['000', '001', '002'] as const)('seed %s without prior-year figures', (name) => {
    expect(untraceable(name)).toEqual([]);
  });

  it.each([
    ['000', { year: 2020, total: '3068.24', basic: '509.44', project: '2558.80', threePublic: '3.00' }],
    ['001', { total: '4949.76', basic: '216.76', project: '4733.00', threePublic: '2.50' }],
    ['002', { total: '120.00', basic: '50.00', project: '70.00', threePublic: '0.50', agencyOperating: '1.00' }],
  ] as const)('seed %s with prior-year figures', (name, prior) => {
    expect(untraceable(name, prior)).toEqual([]);
  });

  it('flags an invented figure and an invented share (the check itself can fail)', () => {
    const tables = tablesOnly('000');
    const text = draftToText(draftNarrative(tables));
    expect(untraceableIn(`${text}机关运行经费6.42万元，占3.33%。`, tables)).toEqual(['6.42', '3.33%']);
  });
});
