// The web page's 「下载标注版」: an annotated copy with the fills and notes the add-in would put in Excel, built from
// the findings the page lists (not judged by the clerk), so the copy always says what the page says.
import { useState } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { BrowserHost } from '../browser-host';
import { saveBytes, withSuffix, XLSX_MIME } from '../download';
import type { Finding } from '../../engine/report';
import type { EngineApi } from '../engine-api';
import type { AnnotateExtras } from '../../xlsx/annotate';
import { userMessage } from '../errors';
import { S } from '../strings';
import { Notice } from './notice';

/** What DownloadAnnotated needs: the findings to mark; `checklist` adds the 「检查表」 sheet to the copy. */
export interface DownloadAnnotatedProps {
  host: BrowserHost;
  engine: EngineApi;
  findings: readonly Finding[];
  checklist?: () => Promise<NonNullable<AnnotateExtras['checklist']>> | NonNullable<AnnotateExtras['checklist']>;
}

/** Builds the copy from the original bytes and `findings`; the original file is never changed. */
export function DownloadAnnotated({ host, engine, findings, checklist }: DownloadAnnotatedProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const extras = checklist ? { checklist: await checklist() } : undefined;
      // Written in the engine worker when there is one (exceljs is heavy); else here.
      const bytes = host.annotate ? await host.annotate(findings, extras) : await engine.annotate(host.bytes, findings, extras);
      saveBytes(bytes, withSuffix(host.name(), S.annotatedSuffix, '.xlsx'), XLSX_MIME);
    } catch (e) {
      setError(`${S.downloadFailed}${userMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        data-testid="download-annotated"
        icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
        disabled={busy}
        onClick={() => void download()}
      >
        {S.downloadAnnotated}
      </Button>
      {error && <Notice intent="error">{error}</Notice>}
    </>
  );
}
