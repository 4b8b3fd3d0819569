// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports no pure domain module may make: UI, storage, platform and process code. */
const notInDomain = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'The domain is pure: no React.' },
  { group: ['@xyflow/*'], message: 'The domain is pure: layout is computed here, drawn in features/.' },
  { group: ['dexie', 'dexie-*'], message: 'The domain is pure: storage lives in renderer/src/storage.' },
  { group: ['electron', 'electron/*'], message: 'The domain is pure: no Electron.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'The domain runs in the browser too: no Node APIs.',
  },
  {
    group: ['**/storage', '**/storage/**', '**/features/**', '**/platform', '**/platform/**', '**/app/**'],
    message: 'Imports point inward: the domain imports only libraries.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      'test-results',
      'playwright-report',
      'artifacts',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer may know the preload API's types, never its code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)electron(/(?!shared/).*)?$',
              allowTypeImports: true,
              message: 'The renderer imports only the preload API types and electron/shared values from electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    // Tests run in Node and may read the content files.
    ignores: ['renderer/src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: notInDomain }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'self',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'process',
        ].map((name) => ({ name, message: 'The domain is pure: no DOM or browser APIs.' })),
      ],
    },
  },
  {
    files: ['renderer/src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/features/**',
                '**/app/**',
                '**/platform',
                '**/platform/**',
                'react-dom',
                '**/electron/**',
                'electron',
              ],
              message: 'Storage imports only the domain and Dexie.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '../../app'], message: 'Features do not import the app shell.' },
            {
              regex: '(^|/)electron(/(?!shared/).*)?$',
              allowTypeImports: true,
              message: 'The renderer imports only the preload API types and electron/shared values from electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/storage/**'],
              message: 'Platform is the outer seam: it imports no app code.',
            },
            {
              regex: '(^|/)electron(/(?!shared/).*)?$',
              allowTypeImports: true,
              message: 'The renderer imports only the preload API types and electron/shared values from electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a browser (or a sandboxed window): no Node globals in app code.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'require', '__dirname', '__filename', 'Buffer', 'global'].map((name) => ({
          name,
          message: 'The renderer has no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports renderer code.' }],
        },
      ],
    },
  },
);
