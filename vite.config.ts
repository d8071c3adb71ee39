import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { levels } from './scripts/levelsPlugin.ts';
import { serviceWorker } from './scripts/serviceWorker.ts';

const LEVELS = resolve(import.meta.dirname, 'levels');

export default defineConfig({
  base: './',
  // Only Howler's core: the game plays no positional (spatial) sound.
  resolve: { alias: { howler: 'howler/dist/howler.core.min.js' } },
  plugins: [levels(LEVELS), serviceWorker(resolve(import.meta.dirname, 'public'))],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Every asset stays a file of its own: cacheable, and loadable under the CSP's connect-src 'self'.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
