// ESLint flat config. Zero warnings allowed (npm run lint uses --max-warnings 0).
// Layer rules: src/domain ← src/body ← src/scene, src/ui; src/state joins them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Build-time only modules: validation (zod) and the meshopt encoders. Types may be imported. */
const BUILD_ONLY = {
  group: ['zod', 'meshoptimizer/encoder', '**/domain/validate*', '**/*Encode', '**/*Encode.ts'],
  allowTypeImports: true,
  message: 'Build-time only (zod, validation, meshopt encoders): import types only in the app.',
};

/** Globals that Node has and the browser does not. */
const NODE_ONLY_GLOBALS = Object.keys(globals.node).filter((name) => !(name in globals.browser));
/** Node's built-in modules, bare and with the `node:` prefix. */
const NODE_MODULES = [
  ...new Set(builtinModules.flatMap((m) => [m, `node:${m.replace(/^node:/, '')}`])),
];
const NODE_ONLY =
  'src runs in the browser: Node globals and modules belong to scripts, tests and bench.';

const layer = (files, banned, message, extra = []) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [...banned.map((group) => ({ group: [group], message })), ...extra] },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/generated/**',
      'assets/generated/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 320, skipBlankLines: true, skipComments: true }],
    },
  },
  // The app runs in the browser only; Node globals and modules belong to scripts, tests, bench and
  // config. Under TypeScript, no-undef is off and the root tsconfig gives every file Node's types,
  // so both are named: a Node-only global (process, Buffer, require, __dirname …) or a Node
  // module (fs, node:path …) in src is an error.
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...NODE_ONLY_GLOBALS.map((name) => ({ name, message: NODE_ONLY })),
      ],
      'no-restricted-imports': [
        'error',
        { paths: NODE_MODULES.map((name) => ({ name, message: NODE_ONLY })) },
      ],
    },
  },
  {
    ignores: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/immutability': 'off' },
  },
  layer(
    ['src/domain/**'],
    [
      'react',
      'react-dom',
      'three',
      'three/*',
      '@react-three/*',
      'zustand',
      '**/body/**',
      '**/scene/**',
      '**/ui/**',
      '**/state/**',
    ],
    'src/domain is pure TypeScript: no React, no three, no other layer.',
  ),
  layer(
    ['src/body/**'],
    ['react', 'react-dom', '@react-three/*', 'zustand', '**/scene/**', '**/ui/**', '**/state/**'],
    'src/body may use three and src/domain only.',
  ),
  layer(
    ['src/scene/**'],
    ['**/ui/**'],
    'src/scene must not import src/ui; share through src/state.',
    [BUILD_ONLY],
  ),
  layer(
    ['src/ui/**'],
    ['**/scene/**', 'three', 'three/*', '@react-three/*'],
    'src/ui is DOM React: no three, no scene internals; share through src/state.',
    [BUILD_ONLY],
  ),
  layer(
    ['src/state/**'],
    ['**/scene/**', '**/ui/**', 'react-dom', '@react-three/*'],
    'src/state joins domain and body; it must not import scene or ui.',
    [BUILD_ONLY],
  ),
);
