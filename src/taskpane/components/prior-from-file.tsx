// 「从上年公开文件读取」 in the 情况说明 tab: pick last year's disclosure (PDF, .xlsx, .xls), fill the prior-year
// inputs from its tables and list where each figure was found. The clerk can still change any of them.
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowLeft20Regular } from '@fluentui/react-icons';
import { readPriorDocument } from '../documents';
import { userMessage } from '../errors';
import { F } from '../files-strings';
import type { NarrativeControls } from '../hooks/use-narrative';
import { readFileBytes } from './open-workbook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  input: { display: 'none' },
});

type Shown = { title: string; lines: string[] } | { error: string } | null;

/** The button, its file input (test hook `prior-file`) and the list of figures read. */
export function PriorFromFile({ narrative }: { narrative: Pick<NarrativeControls, 'setPrior' | 'save'> }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const read = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      const got = await readPriorDocument(await readFileBytes(file));
      if (!got) {
        setShown({ error: F.priorNone(file.name) });
        return;
      }
      for (const s of got.reading.sources) narrative.setPrior(s.key, s.value);
      setShown({
        title: F.priorRead(file.name, got.reading.prior.year ?? null),
        lines: got.reading.sources.map((s, i) => `${s.label} ${s.value} 万元 —— ${got.places[i]}`),
      });
      await narrative.save();
    } catch (e) {
      setShown({ error: userMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <div>
        <Button icon={busy ? <Spinner size="tiny" /> : <DocumentArrowLeft20Regular />} disabled={busy} title={F.priorFromFileHint} onClick={() => input.current?.click()}>
          {F.priorFromFile}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept={F.openAccept}
          data-testid="prior-file"
          aria-label={F.priorFromFile}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void read(f);
          }}
        />
      </div>
      {shown && 'error' in shown && <MessageBar intent="error" role="alert"><MessageBarBody>{shown.error}</MessageBarBody></MessageBar>}
      {shown && 'lines' in shown && (
        <MessageBar intent="success">
          <MessageBarBody>
            {shown.title}
            <ul className={styles.list}>{shown.lines.map((l) => <li key={l}>{l}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
