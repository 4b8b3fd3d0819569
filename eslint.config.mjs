// @ts-check
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, each with its environment (the globals it may use) and its imports. A later config
// object that sets the same rule for a file *replaces* the earlier options (it does not merge
// them), so every file gets exactly one config object below that sets `no-restricted-imports`
// and `no-restricted-globals`, built here from the lists that apply to it.

/** @typedef {{ name: string; message: string }} RestrictedGlobal */
/** @typedef {{ group?: string[]; regex?: string; allowTypeImports?: boolean; message: string }} ImportPattern */

// ---- Globals ---------------------------------------------------------------------------------

const ecmaScript = new Set(Object.keys(globals.builtin));
const browserNames = new Set(Object.keys(globals.browser));
const nodeNames = new Set(Object.keys(globals.node));
/** Browser globals Node lacks: `window`, `document`, `localStorage`… */
const browserOnly = [...browserNames].filter((name) => !nodeNames.has(name) && !ecmaScript.has(name));
/** Node globals browsers lack: `process`, `require`, `Buffer`, `__dirname`… */
const nodeOnly = [...nodeNames].filter((name) => !browserNames.has(name) && !ecmaScript.has(name));
/** Globals both have, from neither ECMAScript: `setTimeout`, `console`, `fetch`, `TextEncoder`… */
const hostShared = [...nodeNames].filter((name) => browserNames.has(name) && !ecmaScript.has(name));

/**
 * Host globals pure code may still use. Each one needs its minimal declaration in
 * renderer/src/domain/globals.d.ts, since the pure projects compile without DOM and Node.
 */
const allowedInPureCode = new Set(/** @type {string[]} */ ([]));

/** @param {string[]} names @param {string} message @returns {RestrictedGlobal[]} */
const restrict = (names, message) => names.map((name) => ({ name, message }));

/** One entry per name (the first message wins), as `no-restricted-globals` takes them. */
function combineGlobals(/** @type {RestrictedGlobal[][]} */ ...lists) {
  const byName = new Map();
  for (const entry of lists.flat()) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return [...byName.values()];
}

const pureGlobals = (/** @type {string} */ who) =>
  combineGlobals(
    restrict(browserOnly, `${who}: no DOM or browser APIs.`),
    restrict(nodeOnly, `${who}: no Node APIs.`),
    restrict(
      hostShared.filter((name) => !allowedInPureCode.has(name)),
      `${who}: no host APIs (declare a global both hosts have in renderer/src/domain/globals.d.ts and allow it in eslint.config.mjs).`,
    ),
  );
const noNodeGlobals = (/** @type {string} */ message) => restrict(nodeOnly, message);
const noBrowserGlobals = (/** @type {string} */ message) => restrict(browserOnly, message);

// ---- Imports ---------------------------------------------------------------------------------

const nodeBuiltinRegex = `^(node:.*|(${[...new Set(builtinModules.map((name) => name.split('/')[0] ?? name))]
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')})(/.*)?)$`;
/** @returns {ImportPattern} */
const noNodeBuiltins = (/** @type {string} */ message) => ({ regex: nodeBuiltinRegex, message });

/** @type {ImportPattern} */
const rendererElectron = {
  regex: '(^|/)electron(/(?!shared/).*)?$',
  allowTypeImports: true,
  message: 'The renderer imports only the preload API types and electron/shared values from electron/.',
};

/** Imports no pure domain module may make: UI, storage, platform and process code. */
/** @type {ImportPattern[]} */
const notInDomain = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'The domain is pure: no React.' },
  { group: ['@xyflow/*'], message: 'The domain is pure: layout is computed here, drawn in features/.' },
  { group: ['dexie', 'dexie-*'], message: 'The domain is pure: storage lives in renderer/src/storage.' },
  { group: ['electron', 'electron/*'], message: 'The domain is pure: no Electron.' },
  {
    group: [
      '**/storage',
      '**/storage/**',
      '**/features/**',
      '**/platform',
      '**/platform/**',
      '**/app/**',
      '**/ui/**',
    ],
    message: 'Imports point inward: the domain imports only libraries.',
  },
];

/** @type {ImportPattern} */
const storageImports = {
  group: [
    '**/features/**',
    '**/app/**',
    '**/ui/**',
    '**/platform',
    '**/platform/**',
    'react-dom',
    '**/electron/**',
    'electron',
  ],
  message: 'Storage imports only the domain and Dexie.',
};

/** @type {ImportPattern} */
const platformImports = {
  group: ['**/features/**', '**/app/**', '**/storage/**', '**/ui/**'],
  message: 'Platform is the outer seam: it imports no app code.',
};

/** @type {ImportPattern} */
const featureImports = {
  group: ['**/app/**', '../../app'],
  message: 'Features do not import the app shell.',
};

/** @type {ImportPattern} */
const uiImports = {
  group: ['**/features/**', '**/app/**', '../app', '../features'],
  message: 'ui/ holds what several features share: it imports no feature and not the app shell.',
};

/** @type {ImportPattern} */
const mainImports = { group: ['**/renderer/**'], message: 'The main process never imports renderer code.' };

/** @type {ImportPattern[]} */
const preloadImports = [
  mainImports,
  noNodeBuiltins('The preload runs sandboxed: it can load only `electron` and electron/shared.'),
  { group: ['../main', '../main/**'], message: 'The preload never imports main-process code.' },
];

/** @type {ImportPattern[]} */
const sharedImports = [
  {
    group: ['electron', 'electron/*'],
    message: 'electron/shared is imported by the renderer too: no Electron.',
  },
  noNodeBuiltins('electron/shared runs in main and in the renderer: no Node APIs.'),
  {
    group: ['**/renderer/**', '../main', '../main/**', '../preload', '../preload/**'],
    message: 'electron/shared imports nothing but its siblings.',
  },
];

// ---- A feature never imports another feature ------------------------------------------------

const featuresDir = resolve(dirname(fileURLToPath(import.meta.url)), 'renderer/src/features');

/** The feature folder a path lies in (`renderer/src/features/<name>/…`), or null. */
function featureOf(/** @type {string} */ path) {
  const inside = relative(featuresDir, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return inside.split(sep)[0] ?? null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noCrossFeatureImport = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature never imports another feature.' },
    messages: {
      crossFeature:
        'Feature "{{from}}" imports feature "{{to}}": features never import each other. Move what both need to renderer/src/ui/ (or storage, domain, platform).',
    },
    schema: [],
  },
  create(context) {
    const from = dirname(context.filename) === featuresDir ? null : featureOf(context.filename);
    if (from === null) return {};
    /** @param {{ source?: import('estree').Node | null }} node */
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.'))
        return;
      const to = featureOf(resolve(dirname(context.filename), source.value));
      if (to !== null && to !== from)
        context.report({ node: source, messageId: 'crossFeature', data: { from, to } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

// ---- Layers ----------------------------------------------------------------------------------

const code = '**/*.{ts,tsx,mts}';
// Tests, and the fixtures only tests use.
const tests = '**/*{.test.{ts,tsx},-fixtures.ts}';

/**
 * @typedef {{
 *   name: string;
 *   dirs: string[];
 *   except?: string[];
 *   globals: Record<string, boolean | 'readonly' | 'writable'>;
 *   restrictedGlobals: RestrictedGlobal[];
 *   imports: ImportPattern[];
 *   testGlobals?: Record<string, boolean | 'readonly' | 'writable'>;
 *   testImports?: ImportPattern[];
 *   testRestrictedGlobals?: RestrictedGlobal[];
 * }} Layer
 */

const rendererNoNode = 'The renderer runs in a browser or a sandboxed window: no Node APIs.';
const nodeNoDom = 'This code runs in Node: no DOM or browser APIs.';
/** Tests beside renderer code run in Vitest on Node, some in jsdom. */
const rendererTestGlobals = { ...globals.browser, ...globals.node };

/** @type {Layer[]} */
const layers = [
  {
    name: 'domain',
    dirs: ['renderer/src/domain'],
    globals: {},
    restrictedGlobals: pureGlobals('The domain is pure and runs in the page, workers and Node'),
    imports: [...notInDomain, noNodeBuiltins('The domain runs in the browser too: no Node APIs.')],
    // Tests run in Node and may read the content files.
    testGlobals: globals.node,
    testImports: [rendererElectron],
  },
  {
    name: 'storage',
    dirs: ['renderer/src/storage'],
    globals: globals.browser,
    restrictedGlobals: noNodeGlobals(rendererNoNode),
    imports: [storageImports, noNodeBuiltins(rendererNoNode)],
    testImports: [storageImports],
  },
  {
    name: 'platform',
    dirs: ['renderer/src/platform'],
    globals: globals.browser,
    restrictedGlobals: noNodeGlobals(rendererNoNode),
    imports: [platformImports, rendererElectron, noNodeBuiltins(rendererNoNode)],
    testImports: [platformImports, rendererElectron],
  },
  {
    name: 'features',
    dirs: ['renderer/src/features'],
    globals: globals.browser,
    restrictedGlobals: noNodeGlobals(rendererNoNode),
    imports: [featureImports, rendererElectron, noNodeBuiltins(rendererNoNode)],
    testImports: [featureImports, rendererElectron],
  },
  {
    name: 'ui',
    dirs: ['renderer/src/ui'],
    globals: globals.browser,
    restrictedGlobals: noNodeGlobals(rendererNoNode),
    imports: [uiImports, rendererElectron, noNodeBuiltins(rendererNoNode)],
    testImports: [uiImports, rendererElectron],
  },
  {
    // The app shell, main.tsx, workers and anything else in the renderer.
    name: 'renderer',
    dirs: ['renderer'],
    except: [
      'renderer/src/domain',
      'renderer/src/storage',
      'renderer/src/platform',
      'renderer/src/features',
      'renderer/src/ui',
    ],
    globals: { ...globals.browser, ...globals.worker },
    restrictedGlobals: noNodeGlobals(rendererNoNode),
    imports: [rendererElectron, noNodeBuiltins(rendererNoNode)],
    testImports: [rendererElectron],
  },
  {
    name: 'electron-shared',
    dirs: ['electron/shared'],
    globals: {},
    restrictedGlobals: pureGlobals('electron/shared runs in main and in the renderer'),
    imports: sharedImports,
  },
  {
    name: 'electron-preload',
    dirs: ['electron/preload'],
    globals: globals.browser,
    restrictedGlobals: noNodeGlobals('The preload runs sandboxed: no Node APIs.'),
    imports: preloadImports,
  },
  {
    name: 'electron-main',
    dirs: ['electron/main'],
    globals: globals.node,
    restrictedGlobals: noBrowserGlobals(nodeNoDom),
    imports: [mainImports],
    testGlobals: globals.node,
    testRestrictedGlobals: noBrowserGlobals(nodeNoDom),
  },
  {
    name: 'scripts',
    dirs: ['scripts'],
    globals: globals.node,
    restrictedGlobals: noBrowserGlobals(nodeNoDom),
    imports: [],
    testGlobals: globals.node,
    testRestrictedGlobals: noBrowserGlobals(nodeNoDom),
  },
  {
    // Playwright specs run in Node and hand callbacks to the page.
    name: 'tests',
    dirs: ['tests'],
    globals: { ...globals.node, ...globals.browser },
    restrictedGlobals: [],
    imports: [],
  },
];

/** The config objects of one layer: its code, and the tests beside it. */
function layerConfigs(/** @type {Layer} */ layer) {
  const files = layer.dirs.map((dir) => `${dir}/${code}`);
  const except = (layer.except ?? []).map((dir) => `${dir}/**`);
  /** @returns {import('eslint').Linter.RulesRecord} */
  const rules = (/** @type {ImportPattern[]} */ imports, /** @type {RestrictedGlobal[]} */ restricted) => ({
    'no-restricted-imports': imports.length > 0 ? ['error', { patterns: imports }] : 'off',
    'no-restricted-globals': restricted.length > 0 ? ['error', ...restricted] : 'off',
  });
  return [
    {
      name: `layers/${layer.name}`,
      files,
      ignores: [...except, tests],
      languageOptions: { globals: layer.globals },
      rules: rules(layer.imports, layer.restrictedGlobals),
    },
    {
      name: `layers/${layer.name}/tests`,
      files: layer.dirs.map((dir) => `${dir}/${tests}`),
      ignores: except,
      languageOptions: { globals: layer.testGlobals ?? rendererTestGlobals },
      rules: rules(layer.testImports ?? layer.imports, layer.testRestrictedGlobals ?? []),
    },
  ];
}

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
      // Tool configs at the root (and this file) run in Node; each layer below sets its own.
      globals: globals.node,
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
    files: ['*.{ts,mts}'],
    rules: { 'no-restricted-globals': ['error', ...noBrowserGlobals(nodeNoDom)] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    plugins: { layers: { rules: { 'no-cross-feature-import': noCrossFeatureImport } } },
    rules: { 'layers/no-cross-feature-import': 'error' },
  },
  ...layers.flatMap(layerConfigs),
);
