// Flat config. The one hard rule: the core stays pure (no vscode, no Node built-ins).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test*/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly', globalThis: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Articles can be 1 MB and hostile: no regular expression in the product may backtrack super-linearly.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-misleading-unicode-character': 'error',
    },
  },
  {
    // `import vscode = require('vscode')`: a plain require. `import * as vscode` makes esbuild copy the whole API object
    // (about 400 getters) once per importing module when the extension loads, 27 copies, most of activation's cost.
    files: ['src/extension/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['^vscode$'] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The typescript-eslint form also sees `import x = require('…')`.
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: no vscode import.' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'src/core must run in the browser: no Node built-ins.' }],
      }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
