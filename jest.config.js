// Engine, CLI and xlsx tests run in node; task-pane tests opt into jsdom with a docblock.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.js',
    '\\.(css|png|svg)$': '<rootDir>/tests/stubs/asset.js',
    '^pdfjs-dist/legacy/build/pdf\\.mjs$': '<rootDir>/tests/stubs/pdfjs.js',
    '^pdfjs-dist/legacy/build/pdf\\.worker\\.mjs$': '<rootDir>/tests/stubs/pdfjs-worker.js',
  },
  testTimeout: 60000,
};
