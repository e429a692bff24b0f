// syntax-probe.js: loaded right after es5-guard.js. It parses only where the bundles' syntax parses (ES2020:
// optional chaining, ??, object rest/spread, async arrows, classes; tests/release checks the built bundles parse
// as ES2020) and there tells the guard so. Where it does not parse, the browser reports a syntax error, the flag
// stays unset, and es5-guard.js shows what to do instead.
class Probe {}
const probe = async ({ a, ...rest } = {}) => rest?.b ?? a?.c ?? new Probe();
window.__budgetDisclosureSyntaxOk = typeof probe === 'function';
