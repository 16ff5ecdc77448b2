// ESLint flat config: TypeScript rules everywhere, the Office add-in rules where Office.js is used,
// and the architecture's boundaries as import and global restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'https', 'net', 'os', 'path', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];

/** src/core: pure TypeScript. Nothing from Office.js, React, the DOM, Node or the other src/ folders. */
const coreBoundary = {
  files: ['src/core/**/*.ts'],
  ignores: ['src/core/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
        patterns: [
          { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'], message: 'src/core is pure: no React or Fluent UI.' },
          { group: ['office-js', '@microsoft/office-js', '@types/office-js'], message: 'src/core is pure: no Office.js.' },
          { group: ['exceljs', 'playwright-core'], message: 'src/core is pure: adapters live in src/file and src/excel.' },
          {
            group: ['**/excel', '**/excel/*', '**/file', '**/file/*', '**/taskpane', '**/taskpane/*', '**/cli', '**/cli/*', '**/preview', '**/preview/*'],
            message: 'src/core imports nothing from the other src/ folders.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Excel', 'Office', 'OfficeExtension', 'Buffer', 'process', 'require', '__dirname', 'global'].map(
        (name) => ({ name, message: `src/core is pure: ${name} is a host API.` }),
      ),
    ],
  },
};

/** Only src/excel touches Office.js. */
const officeOnlyInExcel = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  ignores: ['src/excel/**', 'src/core/**'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...['Excel', 'Office', 'OfficeExtension'].map((name) => ({ name, message: 'Only src/excel touches Office.js.' })),
    ],
  },
};

/** The task pane is thin: no adapters of its own and no Node. */
const paneBoundary = {
  files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*', 'fs', 'path'], message: 'The task pane runs in a browser.' },
          { group: ['**/cli', '**/cli/*'], message: 'The task pane does not use the CLI.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**', '.cache/**', 'test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.es2022 },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/taskpane/**', 'src/preview/**', 'src/excel/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/preview/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/excel/**/*.ts', 'test/fake/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/cli/**', 'src/file/**', 'scripts/**', 'bench/**', 'test/**', 'bin/**', '*.js', '*.mjs', '*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', 'bin/**/*.js', 'jest.config.js', 'webpack.config.js', 'test/e2e/global-*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  coreBoundary,
  officeOnlyInExcel,
  paneBoundary,
);
