/** Every test lives under tests/; TypeScript is compiled by ts-jest without type-checking (npm run typecheck does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  reporters: ['default', '<rootDir>/tests/reporters/summary-line.js'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/tests/helpers/tmp-folder.js',
  globalTeardown: '<rootDir>/tests/helpers/tmp-folder-end.js',
};
