// Pure functions of one text, answered once per text. A 部门 workbook repeats the same titles, header words and line
// labels in every unit's tables (a 200-unit book asks classifyTitle 12k times about 28 texts): a map lookup instead
// of a dozen regular expressions each time, and V8 does not compile those functions hot. Bounded: long texts and
// texts past the limit are answered without being kept.

/** `f` answered from a map for texts already seen; `f` must be pure and its results never changed by callers. */
export function memoByText<T>(f: (text: string) => T, maxEntries = 5_000, maxLength = 64): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = f(text);
    if (text.length <= maxLength && known.size < maxEntries) known.set(text, value);
    return value;
  };
}
