// The Office layer and the ribbon commands stand on their own: they share WorkbookHost/HostError with the pane
// through src/host and never import the pane (React, Fluent UI) or its files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');

function imports(dir: string): [string, string][] {
  return readdirSync(join(SRC, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => [...readFileSync(join(SRC, dir, f), 'utf8').matchAll(/from '([^']+)'/g)].map((m): [string, string] => [`${dir}/${f}`, m[1]]));
}

describe('module boundaries', () => {
  it.each(['office', 'commands', 'host'])('src/%s imports nothing from src/taskpane', (dir) => {
    const all = imports(dir);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter(([, from]) => /(^|\/)taskpane(\/|$)|react|fluentui/.test(from))).toEqual([]);
  });

  it('src/host imports only the engine', () => {
    expect(imports('host').filter(([, from]) => !from.startsWith('../engine/') && !from.startsWith('./'))).toEqual([]);
  });
});
