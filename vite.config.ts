import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Vite config: the app is fully static and loads nothing from other hosts. */
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60000,
  },
});
