// The release zip test (*.e2e.ts under tests/release): unpacks release/budget-disclosure-<version>.zip made by
// `npm run package`, opens the offline page from file:// in Chromium. Skipped with a printed reason when the
// zip or Chromium is missing (CI runs `npm run package` first and installs chromium, so CI never skips).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/release'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 300000,
};
