// ESLint 9 flat config. `npm run lint` runs with --max-warnings=0: a warning fails like an error.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// Type-aware linting (slow part) only where it pays: application, test and tool code.
const TYPED = ['{src,testing,e2e,scripts,bench,build}/**/*.{ts,tsx,mts,cts}'];
const ALL_TS = ['**/*.{ts,tsx,mts,cts}'];
const ALL_JS = ['**/*.{js,mjs,cjs,jsx}'];

/**
 * Layer rules from ../shared/design/architecture.md ("Layers and import directions").
 * Each (target, from) pair appears in exactly one zone, so a bad import is reported once,
 * with a message that says what to do instead.
 */
const layerZones = [
  {
    target: './src/report',
    from: './src',
    except: ['./report'],
    message:
      'src/report is the pure domain (no React, Dexie, DOM, I/O): it may import only src/report. ' +
      'Move the shared logic into src/report, or let the caller pass the value in.',
  },
  {
    target: ['./src/storage', './src/io'],
    from: './src/cli',
    message:
      'src/storage and src/io sit below src/cli: they must not import it. ' +
      'Move the shared code down into src/report (or src/io if it is about file formats).',
  },
  {
    target: './src/io',
    from: './src/storage',
    message:
      'src/io (export/import of files) must not import src/storage. ' +
      'Take the document as a parameter; the UI wires io and storage together.',
  },
  {
    target: './src/storage',
    from: './src/io',
    message:
      'src/storage must not import src/io. Storage accepts documents that already went ' +
      'through restore() in src/report; the UI wires io and storage together.',
  },
  {
    target: [
      './src/!(ui|report)/**', // src/report has its own, stricter zone
      './src/!(main).{ts,tsx}',
      './e2e/**',
      './scripts/**',
      './bench/**',
      './fixtures/**',
    ],
    from: './src/ui',
    message:
      'Nothing imports src/ui except src/main.tsx. Move logic the UI and others share into ' +
      'src/report (domain) or src/io (files); e2e tests drive the UI through page models.',
  },
  {
    target: './src/cli',
    from: './src/storage',
    message:
      'src/cli runs in Node over src/report and src/io; it must not import src/storage ' +
      '(IndexedDB/Dexie). Read and write files through src/io instead.',
  },
];

/**
 * The UI's folders, each with the folders it may import (docs/architecture.md, "The UI's
 * folders"). Shared layers sit below the screens; a screen (editor, library, review) never
 * imports another screen: what two of them need moves down into a shared folder, and the
 * screens are put together only in src/ui/app and src/ui/App.tsx.
 */
const UI_SHARED = ['common', 'state', 'services', 'pwa', 'grid', 'checks', 'exchange'];
const UI_FOLDERS = {
  common: [],
  state: ['common'],
  services: ['common'],
  pwa: ['common'],
  grid: ['common', 'state'],
  checks: ['common', 'state'],
  exchange: ['common', 'state', 'services', 'grid', 'checks'],
  editor: UI_SHARED,
  library: UI_SHARED,
  review: UI_SHARED,
  app: [...UI_SHARED, 'editor', 'library', 'review'],
};
const uiZones = Object.entries(UI_FOLDERS).flatMap(([folder, allowed]) => {
  const forbidden = Object.keys(UI_FOLDERS).filter((f) => f !== folder && !allowed.includes(f));
  if (forbidden.length === 0) return [];
  return [
    {
      target: `./src/ui/${folder}`,
      from: forbidden.map((f) => `./src/ui/${f}`),
      message:
        `src/ui/${folder} may import only ${allowed.length === 0 ? 'itself' : allowed.join(', ')} ` +
        'among the UI folders. Move what two screens share into a shared folder (common, state, ' +
        'services, grid, checks, exchange), or compose the screens in src/ui/app.',
    },
  ];
});

/** Test helpers live in testing/ (outside src): application code never imports them. */
const testingZone = {
  target: ['./src/**/!(*.test).{ts,tsx}'],
  from: './testing',
  message: 'testing/ holds test helpers; application code must not import them.',
};

/** src/report imports nothing of React or Dexie. */
const PURE_DOMAIN = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'dexie/*', 'dexie-*'],
  message:
    'src/report is the pure domain and runs in Node too: no React or Dexie here. ' +
    'Put UI code in src/ui and persistence in src/storage.',
};

/** App code uses zod/mini (see the rule below). */
const ZOD_CLASSIC = {
  name: 'zod',
  message:
    "Import from 'zod/mini': classic zod adds its JSON-Schema generator and English messages " +
    'to the chunk (17 kB gzip on the editor first visit).',
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-cli/',
    'node_modules/',
    'bench/results/',
    'playwright-report/',
    'test-results/',
    'coverage/',
  ]),

  // --- every JS/TS file -------------------------------------------------------------------
  {
    files: [...ALL_JS, ...ALL_TS],
    extends: [js.configs.recommended, importPlugin.flatConfigs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    settings: {
      // Do not parse dependencies' sources/typings to build import graphs (no-cycle, etc.):
      // that is where most lint time went. Our own files are still followed.
      'import/ignore': ['node_modules'],
      'import/resolver': {
        typescript: { alwaysTryTypes: true, project: `${root}/tsconfig.json` },
        node: true,
      },
    },
    rules: {
      'import/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...layerZones, ...uiZones, testingZone] },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-self-import': 'error',
      'import/no-duplicates': 'error',
      'import/no-named-as-default': 'error',
      'import/no-named-as-default-member': 'error',
      'import/no-useless-path-segments': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }], // `x == null` covers undefined too
    },
  },

  // --- TypeScript: strict + stylistic (no type information) ---------------------------------
  {
    files: ALL_TS,
    extends: [
      tseslint.configs.strict,
      tseslint.configs.stylistic,
      importPlugin.flatConfigs.typescript,
    ],
    rules: {
      // tsc already checks these; the import/* versions are slow and duplicate it.
      'import/no-unresolved': 'off',
      'import/named': 'off',
      'import/namespace': 'off',
      'import/default': 'off',
      'import/no-named-as-default-member': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-expect-error': 'allow-with-description',
          'ts-ignore': 'allow-with-description',
          'ts-nocheck': true,
          'ts-check': false,
          minimumDescriptionLength: 5,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // --- TypeScript with type information (src, e2e, scripts, bench) --------------------------
  {
    files: TYPED,
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      // Same options as above (the type-checked presets set the rule again).
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-expect-error': 'allow-with-description',
          'ts-ignore': 'allow-with-description',
          'ts-nocheck': true,
          'ts-check': false,
          minimumDescriptionLength: 5,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Numbers in template strings are safe and common (HTML/text rendering of counts).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Exhaustive switches over format kinds, without a `default` (architecture guideline 3).
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },

  // --- environments (JS only) -------------------------------------------------------------
  // TypeScript files get their globals from tsconfig (`lib`, `types`), and `no-undef` is off
  // for them. Keeping languageOptions identical across TS files also lets eslint-plugin-import
  // reuse its module cache (no-cycle was the slowest rule when globals differed per folder).
  {
    files: ALL_JS,
    languageOptions: { globals: globals.node },
  },

  // --- zod/mini in app code: classic zod brings its JSON-Schema generator and English messages
  // into every chunk that uses it (17 kB gzip on the editor's first visit). Tests may use it.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/report/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_CLASSIC] }] },
  },

  // --- layer: src/report is pure (no React, no Dexie, no DOM) -------------------------------
  {
    files: ['src/report/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [PURE_DOMAIN], paths: [ZOD_CLASSIC] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
          (name) => ({
            name,
            message: 'src/report is pure (runs in Node too): take what you need as a parameter.',
          }),
        ),
      ],
    },
  },

  // Tests of the domain keep its purity rule but may use classic zod.
  {
    files: ['src/report/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PURE_DOMAIN] }] },
  },

  // --- React (src/ui) -------------------------------------------------------------------------
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]);
