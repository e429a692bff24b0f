// See pdfjs.js: the worker module, loaded by Node itself.
// process.getBuiltinModule gives Node's own module loader (jest's require would run the file as CommonJS).
const { createRequire } = process.getBuiltinModule('node:module');
const { join } = require('node:path');

module.exports = createRequire(__filename)(join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.worker.mjs'));
