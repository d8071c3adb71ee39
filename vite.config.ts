import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readLevelFiles } from './scripts/readLevels.ts';
import { formatProblem } from './src/content/problem.ts';
import { loadLevels } from './src/content/validate.ts';

const LEVELS = resolve(import.meta.dirname, 'levels');
const VIRTUAL = 'virtual:pedago-catalogue';

/**
 * Validates levels/ when the game is built or served, refusing invalid content, and hands the game the
 * checked catalogue as plain data, so the browser needs neither the schemas nor the validator.
 */
function levels(): Plugin {
  const load = () => {
    const files = readLevelFiles(LEVELS);
    const { catalogue, problems } = loadLevels(files);
    if (!catalogue)
      throw new Error(
        `levels/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
      );
    return { catalogue, files };
  };
  return {
    name: 'pedago-levels',
    buildStart() {
      try {
        load();
      } catch (e) {
        this.error((e as Error).message);
      }
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      const { catalogue, files } = load();
      for (const f of files) this.addWatchFile(resolve(LEVELS, f.path));
      return `export default ${JSON.stringify(catalogue)};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [levels()],
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
  },
});
