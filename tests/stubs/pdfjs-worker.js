// See pdfjs.js: the worker module, loaded by Node itself.
const { createRequire } = require('node:module');

module.exports = createRequire(__filename)('pdfjs-dist/legacy/build/pdf.worker.mjs');
