// How big a batch is on the wire, for the fake's 5 MB accounting (Excel on the web refuses a request or a response
// over 5 MB). office.js sends JSON with every non-ASCII character escaped (\uXXXX, 6 bytes), and each object path
// and action carries ids and type tags: about 1.2-1.6 KB per marked cell over its probe and write batches.
import { fail, notLoaded } from './fake-model';

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT = 5_000_000;
/** One object path (getItem, getRange, getItemOrNullObject…) in a request. */
export const PATH_BYTES = 100;
/** One action (load, property set, method call) in a request, before its arguments. */
export const ACTION_BYTES = 150;

/** Bytes of a value as JSON with non-ASCII escaped. */
export function wireBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let n = 0;
  for (let i = 0; i < json.length; i++) n += json.charCodeAt(i) > 0x7e ? 6 : 1;
  return n;
}

/** Property names of a load() call: "a,b", ["a","b"] or { select: "a,b" }, trimmed, never empty. */
export function loadNames(what: string, names: unknown): string[] {
  const raw = typeof names === 'string' ? names.split(',') : Array.isArray(names) ? names.map(String) : typeof names === 'object' && names !== null && typeof (names as { select?: unknown }).select === 'string' ? String((names as { select: string }).select).split(',') : [];
  const list = raw.map((n) => n.trim()).filter((n) => n !== '');
  if (list.length === 0) fail('InvalidArgument', `${what}.load() without property names loads everything; name the properties`);
  return list;
}

/** Refuse property names the real object does not have (office.js fails the batch on them). */
export function checkNames(what: string, names: readonly string[], allowed: readonly string[]): void {
  for (const n of names) if (!allowed.includes(n)) fail('InvalidArgument', `${what} has no property "${n}"`);
}

/** A loaded snapshot or a PropertyNotLoaded error, for getters. */
export function loaded<T extends object, K extends keyof T>(snap: T | undefined, what: string, prop: K, names?: ReadonlySet<string>): T[K] {
  if (!snap) return notLoaded(`${what}.${String(prop)}`);
  if (names && !names.has(String(prop))) return notLoaded(`${what}.${String(prop)}`);
  return snap[prop];
}
