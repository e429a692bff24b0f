// Moving through the findings list: folded table groups, 上一个/下一个问题 (also Alt+↑/↓ anywhere in the pane), and
// ↑/↓ between rows. Stepping into a folded group unfolds it; the reached row gets the focus and scrolls into view.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Finding } from '../../engine/report';
import type { Judgments } from '../../host/judgments';
import { isJudged, type FindingGroup } from '../group-findings';

/** What the list gets from useFindingNavigation. */
export interface FindingNavigation {
  folded: ReadonlySet<string>;
  toggle(groupKey: string): void;
  step(dir: 1 | -1): void;
  /** Register a row's button (ref callback per finding). */
  rowRef(f: Finding): (el: HTMLButtonElement | null) => void;
  /** ↑/↓ between rows; attach to the list's container. */
  onKeyDown(e: KeyboardEvent): void;
  region: RefObject<HTMLDivElement | null>;
}

/** The open findings in the order shown, or all of them when every one is judged. */
function navOrder(groups: readonly FindingGroup[], judgments: Judgments): Finding[] {
  const all = groups.flatMap((g) => g.findings);
  const open = all.filter((f) => !isJudged(f, judgments));
  return open.length > 0 ? open : all;
}

/** Navigation over `groups`; `activate` selects a finding (and its cell). */
export function useFindingNavigation(groups: readonly FindingGroup[], judgments: Judgments, selected: Finding | null, activate: (f: Finding) => void): FindingNavigation {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [focusNext, setFocusNext] = useState<Finding | null>(null);
  const rows = useRef(new Map<Finding, HTMLButtonElement>());
  const region = useRef<HTMLDivElement>(null);
  const unfold = (key: string) => setFolded((s) => new Set([...s].filter((k) => k !== key)));
  const toggle = useCallback((key: string) => setFolded((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key]))), []);
  const step = useCallback(
    (dir: 1 | -1) => {
      const order = navOrder(groups, judgments);
      if (order.length === 0) return;
      const at = selected ? order.indexOf(selected) : -1;
      const next = order[at < 0 ? (dir > 0 ? 0 : order.length - 1) : (at + dir + order.length) % order.length];
      const group = groups.find((g) => g.findings.includes(next));
      if (group && folded.has(group.key)) unfold(group.key);
      activate(next);
      setFocusNext(next);
    },
    [groups, judgments, selected, folded, activate],
  );
  useEffect(() => {
    if (!focusNext) return;
    const el = rows.current.get(focusNext);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
    setFocusNext(null);
  }, [focusNext, folded]);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      step(e.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step]);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const buttons = [...(region.current?.querySelectorAll<HTMLButtonElement>('[data-testid="finding"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };
  const rowRef = (f: Finding) => (el: HTMLButtonElement | null) => {
    if (el) rows.current.set(f, el);
    else rows.current.delete(f);
  };
  return { folded, toggle, step, rowRef, onKeyDown, region };
}
