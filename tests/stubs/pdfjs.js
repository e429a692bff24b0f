// pdf.js ships ES modules only; jest's CommonJS runtime cannot load them, so tests take them from Node's own
// require (which loads ES modules on Node 20.19+), as the compiled command line does.
const { createRequire } = require('node:module');

module.exports = createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs');
