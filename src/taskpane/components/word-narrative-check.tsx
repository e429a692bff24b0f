// 「核对 Word 说明」 (pane and page): pick the .docx 情况说明, check it against the checked tables, list each
// finding at its paragraph (number, quote, what the table says).
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearch20Regular } from '@fluentui/react-icons';
import type { WordFinding } from '../documents';
import type { ImportedCodeTable } from '../engine-api';
import type { WorkbookHost } from '../host';
import { CODE_TABLES_KEY } from '../settings';
import type { WorkbookView } from '../workbook-view';
import { userMessage } from '../errors';
import { F } from '../files-strings';
import { readFileBytes } from './open-workbook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  input: { display: 'none' },
});

type Result = { name: string; findings: WordFinding[] } | { error: string } | null;

/** The button, the file input (test hook `word-narrative`) and the findings of the last Word 说明 checked. */
export function WordNarrativeCheck({ host, view }: { host: WorkbookHost; view: WorkbookView | null }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const run = async (file: File): Promise<void> => {
    if (!view) {
      setResult({ error: F.needCheckFirst });
      return;
    }
    setBusy(true);
    try {
      // Checked where the workbook's grid lives (the web page's worker), with the imported 科目表 like the check.
      const imported = (await host.loadSetting<ImportedCodeTable[]>(CODE_TABLES_KEY)) ?? [];
      const findings = await view.checkWord(file.name, await readFileBytes(file), imported);
      setResult({ name: file.name, findings });
    } catch (e) {
      setResult({ error: userMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <div>
        <Button icon={busy ? <Spinner size="tiny" /> : <DocumentSearch20Regular />} disabled={busy} title={F.checkWordHint} onClick={() => input.current?.click()}>
          {busy ? F.checkingWord : F.checkWord}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-testid="word-narrative"
          aria-label={F.checkWord}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void run(f);
          }}
        />
      </div>
      {result && 'error' in result && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{result.error}</MessageBarBody></MessageBar>
      )}
      {result && 'findings' in result && result.findings.length === 0 && (
        <MessageBar intent="success"><MessageBarBody>{F.wordNoFindings(result.name)}</MessageBarBody></MessageBar>
      )}
      {result && 'findings' in result && result.findings.length > 0 && (
        <section aria-label={F.checkWord} data-testid="word-findings">
          <MessageBar intent="error"><MessageBarBody>{F.wordFindings(result.name, result.findings.length)}</MessageBarBody></MessageBar>
          <ol className={styles.list}>
            {result.findings.map((f, i) => (
              <li key={i}>
                <span className={styles.where}>{f.paragraph !== undefined ? F.paragraph(f.paragraph) : f.cell}</span>
                {f.message}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
