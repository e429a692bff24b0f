// A diagnosis report as a contract Finding: the message rendered from the one Chinese catalogue.
import { addressToA1 } from '../grid/address';
import { DIAGNOSIS_MESSAGES } from '../messages/zh-CN';
import type { CellRef, Finding } from '../report';
import { renderMessage } from '../rules/define-rule';
import type { DiagnosisReport } from './explain';

/** Render a diagnosis report into the Finding every host shows. */
export function toDiagnosisFinding(r: DiagnosisReport): Finding {
  const params: Record<string, string> = { ...r.params };
  const finding: Finding = {
    rule: r.rule,
    severity: r.severity,
    sheet: r.at.sheet,
    cell: addressToA1(r.at),
    message: renderMessage(DIAGNOSIS_MESSAGES[r.code], params),
    expected: r.expected,
    actual: r.actual,
    table: r.table,
    code: r.code,
    params,
  };
  if (r.related.length > 0) {
    finding.related = r.related.map((x) => {
      const ref: CellRef = { sheet: x.address.sheet, cell: addressToA1(x.address) };
      if (x.note) ref.note = renderMessage(DIAGNOSIS_MESSAGES[x.note.code], x.note.params);
      if (x.expected !== undefined) ref.expected = x.expected;
      return ref;
    });
  }
  return finding;
}
