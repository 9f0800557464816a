/**
 * `npm run lint`: ESLint's recommended rules with typescript-eslint's recommended type-checked set (strict for the
 * Office adapter and the task pane), read through the repository's tsconfig. Build output is not linted.
 */
'use strict';
const { defineConfig } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = defineConfig(
  // The corpora are copies kept with their sources (a published dataset, the generators of clean layouts), not our code.
  { ignores: ['dist/', 'lib/', 'lib-scripts/', 'coverage/', 'node_modules/', 'tests/output/', 'tests/corpora/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  // The strict set where it costs little: the Office adapter and the task pane.
  { files: ['src/office/**/*.ts', 'src/taskpane/**/*.ts'], extends: [tseslint.configs.strictTypeChecked] },
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      // Template literals with numbers are how messages are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a parameter or a destructured-away field that is deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
