// pdf.js ships ES modules only; jest's CommonJS runtime cannot load them, so tests take them from Node's own
// require (which loads ES modules on Node 20.19+), as the compiled command line does.
// process.getBuiltinModule gives Node's own module loader (jest's require would run the file as CommonJS).
const { createRequire } = process.getBuiltinModule('node:module');
const { join } = require('node:path');

module.exports = createRequire(__filename)(join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs'));
