// The web page's 「打开工作簿」: a file picker and a drop zone for one .xlsx.
import { useRef, useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { F } from '../files-strings';
import { S } from '../strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  active: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  input: { display: 'none' },
});

export interface OpenWorkbookProps {
  onOpen(file: File): void;
  /** Called instead of onOpen with a zh-CN sentence (several files dropped at once). */
  onReject?(message: string): void;
  /** Label of the button (「打开其他工作簿」 once a file is open). */
  label?: string;
  compact?: boolean;
}

/** File input (test hook `open-workbook`) behind a button, plus drag-and-drop onto the zone. */
export function OpenWorkbook({ onOpen, onReject, label = S.openWorkbook, compact = false }: OpenWorkbookProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const pick = (files: FileList | null): void => {
    // Two workbooks dropped together: opening one of them silently would check the wrong one half the time.
    if (files && files.length > 1) return onReject?.(S.oneFileOnly(files.length));
    const f = files?.[0];
    if (f) onOpen(f);
  };
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        pick(e.dataTransfer.files);
      }}
    >
      <Button appearance={compact ? 'secondary' : 'primary'} icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={`${F.openAccept},application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/pdf`}
        data-testid="open-workbook"
        aria-label={label}
        onChange={(e) => {
          pick(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {!compact && <p className={styles.hint}>{F.openHint}</p>}
    </div>
  );
}

/** The bytes of a picked file (FileReader fallback for environments without Blob.arrayBuffer). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}
