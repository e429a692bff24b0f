// 「导出问题清单」: the findings with the clerk's judgments as a list. On the web page an .xlsx download; inside
// Excel a new sheet 问题清单 (task panes cannot reliably download files in Excel's own webviews).
import { useState } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { DocumentTableArrowRight20Regular } from '@fluentui/react-icons';
import type { Report } from '../../engine/report';
import { FINDINGS_HEADERS, findingsRows } from '../../host/findings-table';
import type { Judgments } from '../../host/judgments';
import { saveBytes, withSuffix, XLSX_MIME } from '../download';
import { userMessage } from '../errors';
import { findingsWorkbook } from '../findings-export';
import type { WorkbookHost } from '../host';
import { S } from '../strings';
import { Notice } from './notice';

type Outcome = { intent: 'success' | 'error'; text: string } | null;

/** The export button and what came of the last export. */
export function ExportFindings({ host, report, judgments }: { host: WorkbookHost; report: Report; judgments: Judgments }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const rows = findingsRows(report, judgments);
      if (host.kind === 'excel' && host.insertFindingsSheet) {
        const name = await host.insertFindingsSheet(FINDINGS_HEADERS, rows);
        setOutcome({ intent: 'success', text: S.exportedSheet(name) });
      } else {
        saveBytes(await findingsWorkbook(rows), withSuffix(host.name(), S.findingsSuffix, '.xlsx'), XLSX_MIME);
      }
    } catch (e) {
      setOutcome({ intent: 'error', text: `${S.exportFindingsFailed}${userMessage(e)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button data-testid="export-findings" icon={busy ? <Spinner size="tiny" /> : <DocumentTableArrowRight20Regular />} disabled={busy} onClick={() => void run()}>
        {S.exportFindings}
      </Button>
      {outcome && <Notice intent={outcome.intent}>{outcome.text}</Notice>}
    </>
  );
}
