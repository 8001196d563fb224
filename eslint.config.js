// ESLint flat config. Zero warnings allowed (npm run lint uses --max-warnings 0).
// Layer rules: src/domain ← src/body ← src/scene, src/ui; src/state joins them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, banned, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/generated/**', 'assets/generated/**', 'bench/out/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 320, skipBlankLines: true, skipComments: true }],
    },
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
  ),
  layer(
    ['src/ui/**'],
    ['**/scene/**', 'three', 'three/*', '@react-three/*'],
    'src/ui is DOM React: no three, no scene internals; share through src/state.',
  ),
  layer(
    ['src/state/**'],
    ['**/scene/**', '**/ui/**', 'react-dom', '@react-three/*'],
    'src/state joins domain and body; it must not import scene or ui.',
  ),
);
