// The clerk's judgments of findings (reviewed / not a problem), loaded per workbook and saved at once, so they are
// kept in the document (Excel: its settings; web page: this browser, by file name).
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../engine/report';
import { readJudgments, withJudgment, type Judgment, type Judgments } from '../../host/judgments';
import { JUDGMENTS_KEY } from '../../host/settings-keys';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { S } from '../strings';

/** What the results list gets from useJudgments. */
export interface JudgmentControls {
  judgments: Judgments;
  /** Record a judgment (null removes it) for a finding of `findings`; resolves to the new judgments. */
  judge(f: Finding, judgment: Judgment | null, findings: readonly Finding[]): Promise<Judgments>;
  error: string | null;
}

/** Judgments of this host's workbook. */
export function useJudgments(host: WorkbookHost | null, now: () => Date = () => new Date()): JudgmentControls {
  const [judgments, setJudgments] = useState<Judgments>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!host) return undefined;
    let live = true;
    host.loadSetting<unknown>(JUDGMENTS_KEY).then(
      (v) => live && setJudgments(readJudgments(v)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  const judge = useCallback(
    async (f: Finding, judgment: Judgment | null, findings: readonly Finding[]) => {
      const next = withJudgment(judgments, findings, f, judgment, now());
      setJudgments(next);
      try {
        await host?.saveSetting(JUDGMENTS_KEY, next);
        setError(null);
      } catch (e) {
        setError(`${S.judgeFailed}${userMessage(e)}`);
      }
      return next;
    },
    [host, judgments, now],
  );
  return { judgments, judge, error };
}
