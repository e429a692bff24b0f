// The narrative draft as state: prior-year figures and placeholder texts the clerk types, reloaded per workbook.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NarrativeDraft, PriorYear } from '../../engine/narrative/types';
import { documentDate } from '../../engine/narrative/builder';
import type { EngineApi } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { NARRATIVE_TEXTS_KEY, PRIOR_YEAR_KEY } from '../settings';
import { S } from '../strings';
import type { WorkbookView } from '../workbook-view';

type PriorField = Exclude<keyof PriorYear, 'year'>;

/** What the narrative tab gets from useNarrative. */
export interface NarrativeControls {
  draft: NarrativeDraft | null;
  texts: Record<string, string>;
  prior: Partial<Record<PriorField, string>>;
  setText(key: string, value: string): void;
  setPrior(key: PriorField, value: string): void;
  /** Persist texts and prior-year figures (called on blur, not per keystroke). */
  save(): Promise<void>;
  /** Why the last save failed, if it did. */
  saveError: string | null;
}

const DECIMAL_RE = /^\d+(\.\d+)?$/;

/** True when a prior-year input is a plain decimal the engine can use. */
export function isPriorValue(text: string): boolean {
  return DECIMAL_RE.test(text.trim());
}

function validPrior(prior: Partial<Record<PriorField, string>>, year: number | null): PriorYear {
  const out: PriorYear = year !== null ? { year: year - 1 } : {};
  for (const [k, v] of Object.entries(prior) as [PriorField, string][]) {
    if (v && isPriorValue(v)) out[k] = v.trim();
  }
  return out;
}

/** Draft the narrative from the tables the check recognized; null until a check is done. */
export function useNarrative(
  host: WorkbookHost | null,
  _engine: EngineApi,
  view: WorkbookView | null,
  year: number | null,
): NarrativeControls {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [prior, setPriorState] = useState<Partial<Record<PriorField, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef({ texts, prior });
  latest.current = { texts, prior };

  useEffect(() => {
    if (!host) return;
    let live = true;
    void Promise.all([
      host.loadSetting<Record<string, string>>(NARRATIVE_TEXTS_KEY),
      host.loadSetting<Partial<Record<PriorField, string>>>(PRIOR_YEAR_KEY),
    ]).then(
      ([t, p]) => {
        if (!live) return;
        setTexts(t ?? {});
        setPriorState(p ?? {});
      },
      (e: unknown) => live && setSaveError(userMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const [draft, setDraft] = useState<NarrativeDraft | null>(null);
  useEffect(() => {
    if (!view) {
      setDraft(null);
      return;
    }
    // Drafted where the tables are (the web page's worker); only the latest request's answer is kept.
    let live = true;
    view.draft({ prior: validPrior(prior, year), texts, date: documentDate(new Date()) }).then(
      (d) => live && setDraft(d),
      (e: unknown) => live && setSaveError(userMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [view, prior, texts, year]);

  const setText = useCallback((key: string, value: string) => setTexts((t) => ({ ...t, [key]: value })), []);
  const setPrior = useCallback((key: PriorField, value: string) => setPriorState((p) => ({ ...p, [key]: value })), []);
  const save = useCallback(async () => {
    if (!host) return;
    try {
      await host.saveSetting(NARRATIVE_TEXTS_KEY, latest.current.texts);
      await host.saveSetting(PRIOR_YEAR_KEY, latest.current.prior);
      setSaveError(null);
    } catch (e) {
      setSaveError(`${S.saveFailed}${userMessage(e)}`);
    }
  }, [host]);

  return { draft, texts, prior, setText, setPrior, save, saveError };
}
