// Real-browser tests (*.e2e.ts): the production build in Debian's Chromium via playwright-core.
// `npm run test:e2e` builds dist/ first (pretest:e2e) so the page and the Node-side engine agree; skipped with a printed reason when Chromium or dist/ is missing.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // tests/e2e: the web page (task pane engineer); tests/build: the built pages' Excel path and CSP (add-in engineer).
  roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/build'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 300000,
};
