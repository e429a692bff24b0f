// Error localization (after Fellegi–Holt, as in Statistics Netherlands' errorlocate): the cheapest set of cells whose
// correction makes every identity hold. Branch and bound over "requirements": each violated identity needs a changed
// cell; a holding identity that one changed cell touches needs a second one (or the change would break it); a set
// that meets them all is solved exactly (solve.ts), and an inconsistent one branches on its worst equation.
import { solveFor, touched } from './solve';
import { explanationCost, type Scaled, type System } from './system';

/** A set of cells and the integer correction of each. */
export interface Candidate {
  cells: number[];
  delta: Map<number, number>;
  cost: number;
}

/** The cheapest explanations found (several when the data cannot tell them apart), or null when the search gave up. */
export interface SearchResult {
  best: Candidate[];
  exhausted: boolean;
}

/**
 * Most cells one explanation may change (formulas that follow them not counted, but at most MAX_ALL in all), and
 * most sets tried per component, before giving up.
 */
const MAX_CELLS = 8;
const MAX_ALL = 64;
const MAX_NODES = 20000;
const EPS = 1e-9;

interface State {
  cells: number[];
  cost: number;
  excluded: Set<number>;
}

/** The component being searched: its violated equations and the system. */
interface Problem {
  sys: System;
  scaled: Scaled;
  violated: number[];
  minCost: number;
}

/** Each requirement is an equation with how many of its cells the set still needs. */
function requirements(p: Problem, s: State): number[] {
  const inSet = new Set(s.cells);
  const out: number[] = [];
  for (const e of p.violated) if (!p.sys.equations[e].cells.some((c) => inSet.has(c))) out.push(e);
  for (const e of touched(p.sys, s.cells)) {
    const eq = p.sys.equations[e];
    if (eq.violated) continue;
    let n = 0;
    for (const c of eq.cells) if (inSet.has(c)) n++;
    if (n === 1) out.push(e);
  }
  return out;
}

function freeCells(p: Problem, s: State, e: number): number[] {
  return p.sys.equations[e].cells.filter((c) => !s.excluded.has(c) && !s.cells.includes(c));
}

/** A lower bound on the cost still to pay: requirements with pairwise disjoint free cells each need their own cell. */
function lowerBound(p: Problem, s: State, reqs: readonly number[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const e of reqs) {
    const free = freeCells(p, s, e);
    if (free.some((c) => used.has(c))) continue;
    for (const c of free) used.add(c);
    n++;
  }
  return n * p.minCost;
}

/** Free cells of an equation, the most promising first: cheap cells in many violated identities. */
function branchCells(p: Problem, s: State, e: number): number[] {
  const cells = freeCells(p, s, e);
  const score = (c: number) => {
    const v = p.sys.cells[c].ids.filter((i) => p.sys.equations[i].violated).length;
    return v - p.sys.cells[c].minCost;
  };
  return cells.sort((a, b) => score(b) - score(a) || a - b);
}

/** Search the cheapest explanations of one component's violated equations. */
export function localize(sys: System, scaled: Scaled, violated: readonly number[]): SearchResult {
  const minCost = Math.min(...sys.cells.map((c) => c.minCost));
  const p: Problem = { sys, scaled, violated: [...violated], minCost };
  const result: Candidate[] = [];
  let bestCost = Infinity;
  let nodes = 0;
  let exhausted = false;

  const visit = (s: State): void => {
    if (exhausted) return;
    if (++nodes > MAX_NODES) {
      exhausted = true;
      return;
    }
    const reqs = requirements(p, s);
    if (reqs.some((e) => freeCells(p, s, e).length === 0)) return;
    if (s.cost + lowerBound(p, s, reqs) > bestCost + EPS) return;
    let branchOn: number | null = reqs.length > 0 ? pickRequirement(p, s, reqs) : null;
    if (branchOn === null) {
      const sol = solveFor(sys, scaled, s.cells, touched(sys, s.cells));
      if (sol.ok) {
        const cost = explanationCost(sys, s.cells, sol.delta, scaled);
        if (cost > bestCost + EPS) return;
        if (cost < bestCost - EPS) {
          bestCost = cost;
          result.length = 0;
        }
        result.push({ cells: [...s.cells], delta: sol.delta, cost });
        return;
      }
      branchOn = sol.worst;
      if (branchOn === null) return;
    }
    if (s.cells.length >= MAX_ALL || s.cells.filter((c) => sys.cells[c].cost > 0).length >= MAX_CELLS) return;
    const excluded = new Set(s.excluded);
    for (const c of branchCells(p, s, branchOn)) {
      const cost = s.cost + sys.cells[c].minCost;
      if (cost > bestCost + EPS) {
        excluded.add(c);
        continue;
      }
      visit({ cells: [...s.cells, c], cost, excluded: new Set(excluded) });
      excluded.add(c);
    }
  };

  visit({ cells: [], cost: 0, excluded: new Set() });
  return { best: exhausted ? [] : result, exhausted };
}

/**
 * The requirement to branch on: first a holding equation a change has just touched (following the change through
 * formulas and totals before anything else), then the violated identity with the fewest typed cells free to change
 * (an identity of totals only is put right by following a typed cell, not by choosing among its totals), then the
 * narrowest.
 */
function pickRequirement(p: Problem, s: State, reqs: readonly number[]): number {
  let best = reqs[0];
  let bestKey = [Infinity, Infinity, Infinity];
  for (const e of reqs) {
    const free = freeCells(p, s, e);
    const typed = free.filter((c) => p.sys.cells[c].cost > 0).length;
    const key = [p.sys.equations[e].violated ? 1 : 0, typed === 0 ? Infinity : typed, free.length];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
      bestKey = key;
      best = e;
    }
  }
  return best;
}
