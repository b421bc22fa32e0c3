// ESLint flat config: @eslint/js recommended + typescript-eslint recommended for every file;
// type-aware rules that guard against silent mistakes for the packages' TypeScript; Lit's
// template and accessibility rules for the elements.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

// Globals shared by Node 20 and browsers, for plain .js/.mjs files (TypeScript checks .ts files).
const runtimeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Blob',
    'Buffer',
    'clearInterval',
    'clearTimeout',
    'console',
    'crypto',
    'fetch',
    'FormData',
    'Headers',
    'performance',
    'process',
    'queueMicrotask',
    'Request',
    'Response',
    'setInterval',
    'setTimeout',
    'structuredClone',
    'TextDecoder',
    'TextEncoder',
    'URL',
    'URLSearchParams',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'docs/api/',
    '**/coverage/',
    '**/.data/',
    // Lint fixtures hold mistakes on purpose; tests lint them with the real config.
    'packages/*/test/fixtures/**',
  ]),
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: runtimeGlobals,
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Type-aware guards, only where they pay: a switch over a union (a rule kind, a status)
    // must name every member, so a new member cannot fall into a silent `default` (which would,
    // say, price a new rule kind at 0). `default` stays allowed beside a complete list.
    files: ['packages/*/src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, allowDefaultCaseForExhaustiveSwitch: true },
      ],
      // The date-fns barrel loads every function (about 200 ms of a cold Node start for the
      // CLI and the server, measured by core's bench); one subpath per function loads one file.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'date-fns', message: "Import by subpath: 'date-fns/addDays'." }] },
      ],
    },
  },
  {
    files: ['packages/widget/src/**/*.ts', 'packages/console/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },
);
