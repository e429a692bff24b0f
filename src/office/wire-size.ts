// How big a batch is on the wire, so no request or response passes Excel on the web's 5 MB limit. office.js sends
// JSON with every non-ASCII character escaped (\uXXXX: 6 bytes for one Chinese character), and every object path
// and action carries ids and type tags: a marked cell costs about 1.2-1.6 KB over its probe and write batches.

/** Bytes one batch may use: 5 MB less a margin for what the estimates below do not see. */
export const BATCH_BUDGET = 3_500_000;

/** Bytes of a value as office.js sends it (JSON, non-ASCII escaped). */
export function wireBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let n = 0;
  for (let i = 0; i < json.length; i++) n += json.charCodeAt(i) > 0x7e ? 6 : 1;
  return n;
}

/** Bytes of a string as office.js sends it, without building JSON. */
export function textBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) > 0x7e ? 6 : 1;
  return n;
}

/** True for the errors Excel raises when a request or its response passes the payload limit. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

/** Cut items into consecutive groups whose summed `size` stays within `budget` (an oversized item goes alone). */
export function groupBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups;
}
