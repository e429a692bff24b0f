// Validates an add-in manifest against Microsoft's XSDs (../shared/schemas/office-addin-manifest) with libxml2
// compiled to WebAssembly (xmllint-wasm), so the check runs wherever Node runs: no Debian xmllint binary.
// Used by tests/manifest.test.ts and by `npm run package` on the manifest it builds for ADDIN_BASE_URL.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { validateXML } = require('xmllint-wasm');

/** Where the schemas live in a checkout (shared/ sits beside the repository). */
const SCHEMA_DIR = path.join(__dirname, '..', '..', 'shared', 'schemas', 'office-addin-manifest');

/** The root schema; it imports the others by file name, so they are preloaded beside it. */
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** The XSD files of `dir` as xmllint-wasm inputs. */
function schemaFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xsd'))
    .sort()
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Validate manifest text. Resolves { valid, errors: string[], output } where output is xmllint's own text
 * ("manifest.xml validates" or its error lines).
 */
async function validateManifest(xml, dir = SCHEMA_DIR) {
  const files = schemaFiles(dir);
  const root = files.find((f) => f.fileName === ROOT_SCHEMA);
  if (!root) throw new Error(`${ROOT_SCHEMA} is missing from ${dir}`);
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: root,
    preload: files.filter((f) => f !== root),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage), output: result.rawOutput };
}

module.exports = { SCHEMA_DIR, ROOT_SCHEMA, validateManifest };
