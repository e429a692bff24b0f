// Checklist items about what the 情况说明 discloses: 收支总体情况 and 增减原因, 三公, 机关运行经费, 政府采购
// (货物/工程/服务, 中小企业), 国有资产, 绩效目标, 名词解释, figures that agree with the tables.
import type { FigureKey } from '../narrative/label-keys';
import { isTopHeading } from '../narrative/scope';
import {
  hasNarrative, matching, NO_NARRATIVE, refsOf, statingAny, tableRefs, type CheckedParagraph, type ChecklistContext,
} from './context';
import type { ChecklistItem } from './types';

const REASON = /原因|主要(是|为|用于)|由于|因为|所致/;
const FLAT = /持平|无增减|没有增减|无变化|没有变化/;
/** Nothing to compare with (seed 002: 「我单位为2019年新成立单位，无2019年度预算」). */
const NO_PRIOR = /新成立|首次编制|无\s*(\d{4}\s*年度?|上年度?)\s*预算/;

/** An item decided by the 说明: null without one. */
function narrativeItem(ctx: ChecklistContext, item: string, decide: () => Omit<ChecklistItem, 'item'>): ChecklistItem {
  if (!hasNarrative(ctx)) return { item, ok: null, evidence: [], note: NO_NARRATIVE };
  return { item, ...decide() };
}

/** An item that holds when some paragraph states one of the figures. */
function states(ctx: ChecklistContext, item: string, keys: readonly FigureKey[], yes: string, no: string): ChecklistItem {
  return narrativeItem(ctx, item, () => {
    const found = statingAny(ctx, keys);
    return { ok: found.length > 0, evidence: refsOf(found), note: found.length > 0 ? yes : no };
  });
}

/** Paragraphs that state a change of one of the keys, or 持平, with what explains it. */
function changeExplained(ctx: ChecklistContext, subject: RegExp, keys: readonly FigureKey[]): { said: CheckedParagraph[]; explained: CheckedParagraph[] } {
  const said = ctx.paragraphs.filter(
    (p) =>
      p.parsed.changes.some((c) => c.key !== null && keys.includes(c.key)) ||
      (subject.test(p.text) && (FLAT.test(p.text) || NO_PRIOR.test(p.text) || /增加|减少|增长|下降/.test(p.text))),
  );
  const explained = said.filter((p, i) => REASON.test(p.text) || FLAT.test(p.text) || NO_PRIOR.test(p.text) || REASON.test(said[i + 1]?.text ?? ''));
  return { said, explained };
}

/** 「收支总体情况是否说明」 */
export function overallStated(ctx: ChecklistContext): ChecklistItem {
  return states(ctx, '收支预算总体情况是否说明', ['total'], '情况说明写明了收支总额。', '情况说明中没有找到收支总额。');
}

/** 「收支增减变化原因是否说明」 */
export function overallChangeExplained(ctx: ChecklistContext): ChecklistItem {
  return narrativeItem(ctx, '收支增减变化及原因是否说明', () => {
    const { said, explained } = changeExplained(ctx, /收支|支出预算|收入|支出总计/, ['total', 'basic', 'project']);
    if (said.length === 0) return { ok: false, evidence: [], note: '情况说明中没有写收支与上年相比的增减情况。' };
    const ok = explained.length > 0;
    return { ok, evidence: refsOf(ok ? explained : said), note: ok ? '写明了增减情况及原因（或说明了无上年数可比）。' : '写了增减情况，但没有说明原因。' };
  });
}

/** 「“三公”经费总额及分项是否公开」 */
export function threePublicStated(ctx: ChecklistContext): ChecklistItem {
  return narrativeItem(ctx, '“三公”经费总额及分项是否公开', () => {
    const total = statingAny(ctx, ['threePublic']);
    const parts: [string, FigureKey[]][] = [
      ['因公出国（境）费', ['abroad']],
      ['公务用车购置及运行费', ['vehicle', 'vehiclePurchase', 'vehicleOperation']],
      ['公务接待费', ['reception']],
    ];
    const missing = parts.filter(([, keys]) => statingAny(ctx, keys).length === 0).map(([name]) => name);
    const ok = total.length > 0 && missing.length === 0;
    const found = [...total, ...parts.flatMap(([, keys]) => statingAny(ctx, keys))];
    const lack = [...(total.length === 0 ? ['总额'] : []), ...missing];
    return { ok, evidence: refsOf(found), note: ok ? '写明了“三公”经费总额和三项分项金额。' : `没有写明“三公”经费的${lack.join('、')}。` };
  });
}

/** 「“三公”经费增减变化原因是否说明」 */
export function threePublicChangeExplained(ctx: ChecklistContext): ChecklistItem {
  return narrativeItem(ctx, '“三公”经费增减变化原因是否说明', () => {
    const { said, explained } = changeExplained(ctx, /三公/, ['threePublic', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']);
    if (said.length === 0) return { ok: false, evidence: [], note: '没有写“三公”经费与上年相比的增减变化。' };
    const ok = explained.length > 0;
    return { ok, evidence: refsOf(ok ? explained : said), note: ok ? '写明了增减变化及原因（或与上年持平）。' : '写了增减变化，但没有说明原因。' };
  });
}

/** 「机关运行经费是否公开」 */
export function agencyStated(ctx: ChecklistContext): ChecklistItem {
  const item = states(ctx, '机关运行经费是否公开', ['agencyOperating'], '情况说明写明了机关运行经费金额。', '情况说明中没有写机关运行经费金额。');
  return { ...item, evidence: [...item.evidence, ...tableRefs(ctx, 'agency-operating-costs')] };
}

/** The 政府采购 total the tables give, to tell 不适用 (nothing to buy) from a missing statement. */
function procurementIsZero(ctx: ChecklistContext): boolean {
  return ctx.facts.procurement !== null && ctx.facts.procurement.isZero();
}

/** 「政府采购预算是否公开」 */
export function procurementStated(ctx: ChecklistContext): ChecklistItem {
  const item = states(ctx, '政府采购预算是否公开', ['procurement'], '情况说明写明了政府采购预算金额。', '情况说明中没有写政府采购预算金额。');
  return { ...item, evidence: [...item.evidence, ...tableRefs(ctx, 'procurement')] };
}

/** 「政府采购是否区分货物、工程、服务」 */
export function procurementSplit(ctx: ChecklistContext): ChecklistItem {
  const item = '政府采购预算是否区分货物、工程、服务';
  if (procurementIsZero(ctx)) return { item, ok: null, evidence: tableRefs(ctx, 'procurement'), note: '政府采购预算为零，不涉及。' };
  return narrativeItem(ctx, item, () => {
    const found = matching(ctx, /货物/).filter((p) => /工程/.test(p.text) && /服务/.test(p.text));
    return { ok: found.length > 0, evidence: refsOf(found), note: found.length > 0 ? '分别写明了货物、工程、服务的采购预算。' : '没有分别写明货物、工程、服务的采购预算。' };
  });
}

/** 「是否公开预留中小企业份额」 */
export function smeShareStated(ctx: ChecklistContext): ChecklistItem {
  const item = '政府采购预算是否说明预留中小企业份额';
  if (procurementIsZero(ctx)) return { item, ok: null, evidence: tableRefs(ctx, 'procurement'), note: '政府采购预算为零，不涉及。' };
  return narrativeItem(ctx, item, () => {
    const found = matching(ctx, /中小(微)?企业/);
    const inTable = ctx.facts.procurementDetail?.smeShare != null;
    const note = found.length > 0 ? '情况说明写明了预留中小企业份额。' : inTable ? '政府采购预算表列有预留中小企业份额，但情况说明中没有写。' : '没有写预留中小企业份额。';
    return { ok: found.length > 0, evidence: [...refsOf(found), ...tableRefs(ctx, 'procurement')], note };
  });
}

/** 「国有资产占用情况是否公开」 */
export function assetsStated(ctx: ChecklistContext): ChecklistItem {
  const item = states(ctx, '国有资产占用情况是否公开', ['fixedAssets'], '情况说明写明了固定资产金额。', '情况说明中没有写固定资产占用情况。');
  return { ...item, evidence: [...item.evidence, ...tableRefs(ctx, 'fixed-assets')] };
}

/** 「绩效目标是否公开」: the 绩效目标表 are published, or the 说明 has a 绩效 part with content. */
export function performanceStated(ctx: ChecklistContext): ChecklistItem {
  const forms = tableRefs(ctx, 'performance-targets');
  const said = matching(ctx, /绩效目标|绩效指标/).filter((p) => !isTopHeading(p.text));
  const ok = forms.length > 0 || said.length > 0;
  const note = forms.length > 0 ? `公开了 ${forms.length} 张项目绩效目标表。` : said.length > 0 ? '情况说明中写明了绩效目标。' : '没有找到绩效目标表，情况说明中也没有写绩效目标。';
  if (!ok && !hasNarrative(ctx)) return { item: '绩效目标是否公开', ok: false, evidence: [], note };
  return { item: '绩效目标是否公开', ok, evidence: [...forms, ...refsOf(said.slice(0, 3))], note };
}

/** 「是否有名词解释」 */
export function glossaryStated(ctx: ChecklistContext): ChecklistItem {
  return narrativeItem(ctx, '是否对专业性较强的名词进行解释', () => {
    const heading = ctx.paragraphs.findIndex((p) => isTopHeading(p.text) && /名词解释/.test(p.text));
    const next = heading >= 0 ? ctx.paragraphs[heading + 1] : undefined;
    const ok = !!next && !isTopHeading(next.text);
    return { ok, evidence: heading >= 0 ? refsOf([ctx.paragraphs[heading]]) : [], note: ok ? '有名词解释部分。' : '情况说明中没有名词解释部分。' };
  });
}

/** 「情况说明中的数字是否与表格一致」: no error among the narrative findings. */
export function narrativeAgrees(ctx: ChecklistContext): ChecklistItem {
  return narrativeItem(ctx, '情况说明中的数字是否与表格一致、计算是否正确', () => {
    const errors = ctx.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('narrative/'));
    return {
      ok: errors.length === 0,
      evidence: errors.slice(0, 10).map((f) => ({ sheet: f.sheet, cell: f.cell })),
      note: errors.length === 0 ? '校验未发现情况说明中的错误。' : `校验发现情况说明中的错误 ${errors.length} 处。`,
    };
  });
}
