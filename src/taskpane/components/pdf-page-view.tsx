// The web page's stand-in for selecting a cell when the file is a PDF: the page drawn by pdf.js on a canvas,
// with a red box around the line the finding points at (no request: pdf.js and its data come with the page).
import { useEffect, useRef, useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PdfSpot } from '../../readers/pdf/text-types';
import { BROWSER_PDF } from '../documents';
import { F } from '../files-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  frame: { position: 'relative', overflow: 'auto', maxHeight: '480px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  mark: { position: 'absolute', border: '2px solid #d13438', backgroundColor: 'rgba(209, 52, 56, 0.12)', pointerEvents: 'none' },
});

/** Width the page is drawn at, in CSS pixels. */
const DRAW_WIDTH = 720;

type Drawn = { scale: number } | { error: true } | null;

async function drawPage(canvas: HTMLCanvasElement, bytes: Uint8Array, page: number): Promise<number> {
  const { openPdf } = await import('../../readers/pdf/load-pdf');
  const doc = await openPdf(bytes, BROWSER_PDF, true);
  try {
    const p = await doc.getPage(page);
    const scale = DRAW_WIDTH / p.getViewport({ scale: 1 }).width;
    const viewport = p.getViewport({ scale });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    await p.render({ canvasContext: context, viewport }).promise;
    return scale;
  } finally {
    await doc.destroy();
  }
}

/** The PDF page of `spot`, the spot outlined; test hook `pdf-page-view`. */
export function PdfPageView({ bytes, spot }: { bytes: Uint8Array; spot: PdfSpot }) {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<Drawn>(null);
  useEffect(() => {
    let live = true;
    setDrawn(null);
    if (!canvas.current) return undefined;
    drawPage(canvas.current, bytes, spot.page).then(
      (scale) => live && setDrawn({ scale }),
      () => live && setDrawn({ error: true }),
    );
    return () => {
      live = false;
    };
  }, [bytes, spot.page]);
  const box = spot.box;
  const scale = drawn && 'scale' in drawn ? drawn.scale : null;
  return (
    <section className={styles.root} data-testid="pdf-page-view" aria-label={F.pdfSpot(spot.page, spot.line)}>
      <h3 className={styles.heading}>{`${F.pdfSpot(spot.page, spot.line)} · ${F.pdfPageLabel(spot.page)}`}</h3>
      {drawn && 'error' in drawn && <Text role="alert">{F.pdfDrawFailed}</Text>}
      <div className={styles.frame}>
        <canvas ref={canvas} />
        {scale !== null && box && (
          <div
            className={styles.mark}
            data-testid="pdf-mark"
            style={{ left: box.x0 * scale - 3, top: box.top * scale - 3, width: (box.x1 - box.x0) * scale + 6, height: (box.bottom - box.top) * scale + 6 }}
          />
        )}
      </div>
    </section>
  );
}
