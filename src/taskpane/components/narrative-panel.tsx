// The 「情况说明」 tab: inputs, the preview, and copy / insert into a sheet / export to Word.
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Copy20Regular, DocumentArrowDown20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { NarrativeDraft } from '../../engine/narrative/types';
import { saveBytes, DOCX_MIME } from '../download';
import type { EngineApi } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import type { NarrativeControls } from '../hooks/use-narrative';
import { S } from '../strings';
import { NarrativeInputs } from './narrative-inputs';
import { NarrativePreview } from './narrative-preview';
import { PriorFromFile } from './prior-from-file';
import { Notice } from './notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface NarrativePanelProps {
  host: WorkbookHost;
  engine: EngineApi;
  narrative: NarrativeControls;
}

type Notice = { intent: 'success' | 'error'; text: string } | null;

async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}

function narrativeActions(host: WorkbookHost, engine: EngineApi, draft: NarrativeDraft, setNotice: (n: Notice) => void) {
  const paragraphs = (): string[] => engine.paragraphs(draft);
  return {
    copy: () =>
      copyText(engine.text(draft)).then(
        () => setNotice({ intent: 'success', text: S.copied }),
        () => setNotice({ intent: 'error', text: S.copyFailed }),
      ),
    insert: () =>
      host.insertNarrativeSheet(paragraphs()).then(
        (name) => setNotice({ intent: 'success', text: S.inserted(name) }),
        (e: unknown) => setNotice({ intent: 'error', text: userMessage(e) }),
      ),
    exportWord: () =>
      engine.toDocx(draft).then(
        (bytes) => saveBytes(bytes, `${draft.title}.docx`, DOCX_MIME),
        (e: unknown) => setNotice({ intent: 'error', text: `${S.exportFailed}${userMessage(e)}` }),
      ),
  };
}

/** Narrative tab; shows a hint until a check has produced tables to draft from. */
export function NarrativePanel({ host, engine, narrative }: NarrativePanelProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>(null);
  const draft = narrative.draft;
  if (!draft) return <Text>{S.narrativeNeedsCheck}</Text>;
  const actions = narrativeActions(host, engine, draft, setNotice);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button icon={<Copy20Regular />} onClick={() => void actions.copy()}>{S.copy}</Button>
        {host.kind === 'excel' && (
          <Button icon={<TableAdd20Regular />} onClick={() => void actions.insert()}>{S.insertSheet}</Button>
        )}
        <Button icon={<DocumentArrowDown20Regular />} onClick={() => void actions.exportWord()}>{S.exportWord}</Button>
      </div>
      {notice && (
        <Notice intent={notice.intent}>{notice.text}</Notice>
      )}
      {narrative.saveError && (
        <Notice intent="warning">{narrative.saveError}</Notice>
      )}
      <PriorFromFile narrative={narrative} />
      <NarrativeInputs draft={draft} n={narrative} />
      <NarrativePreview draft={draft} />
    </div>
  );
}
