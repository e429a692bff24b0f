// Minimal argv parsing for the three commands; unknown options are input errors with a Chinese message.
import { UserInputError } from './io';

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Parse argv given which options take a value (e.g. ["-o", "--codes"]) and which are flags. */
export function parseArgs(argv: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (valueOptions.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UserInputError(`选项 ${name} 后面需要跟一个值。`);
      out.options.set(name, value);
    } else if (flagOptions.includes(a)) {
      out.flags.add(a);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UserInputError(`不认识的选项：${a}。运行 budget-disclosure --help 查看用法。`);
    } else {
      out.positional.push(a);
    }
  }
  return out;
}
