import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { levels } from './scripts/levelsPlugin.ts';
import { securityHeadersPlugin } from './scripts/securityHeaders.ts';
import { serviceWorker } from './scripts/serviceWorker.ts';

const LEVELS = resolve(import.meta.dirname, 'levels');

// The switches Phaser's source reads, set as its stock bundle does except two: no sound (Howler owns all
// audio) and no WebGL renderer (the game draws with Canvas 2D: src/main.ts).
const PHASER_SWITCHES = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  global: 'globalThis',
};

export default defineConfig({
  base: './',
  resolve: {
    alias: [
      // Only Howler's core: the game plays no positional (spatial) sound.
      { find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' },
      // The game's own Phaser build: its core and the game objects the game draws with (src/vendor/phaser.js).
      { find: /^phaser$/, replacement: resolve(import.meta.dirname, 'src/vendor/phaser.js') },
      { find: /^phaser-src\//, replacement: `${resolve(import.meta.dirname, 'node_modules/phaser/src')}/` },
    ],
  },
  define: PHASER_SWITCHES,
  // The dev server pre-bundles Phaser's source apart from the game: it needs the same switches.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_SWITCHES } } },
  plugins: [levels(LEVELS), serviceWorker(resolve(import.meta.dirname, 'public')), securityHeadersPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Every asset stays a file of its own: cacheable, and loadable under the CSP's connect-src 'self'.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // zod, named: only the workshop and a session of its missions load it, with the level checks.
            { name: 'levelChecks', test: /node_modules[\\/]zod/ },
            // The QR encoder, named: the screens that show a code load it (src/ui/qrCode.ts).
            { name: 'qrEncoder', test: /node_modules[\\/]uqr/ },
            // Deflate, named: a course's suspend data and the workshop's share links load it.
            { name: 'deflate', test: /node_modules[\\/]fflate/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
