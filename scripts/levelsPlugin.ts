import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/content/problem.ts';
import { loadLevels } from '../src/content/validate.ts';
import { readLevelFiles } from './readLevels.ts';

/** The validated catalogue as JSON, or an error naming every problem. */
function catalogueJson(dir: string): string {
  const { catalogue, problems } = loadLevels(readLevelFiles(dir));
  if (!catalogue)
    throw new Error(`levels/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  return JSON.stringify(catalogue);
}

/**
 * Validates levels/ when the game is built or served, refusing invalid content, and ships the checked
 * catalogue as one JSON file beside the game (data, not code: the browser needs neither the schemas
 * nor the validator). Its name carries a hash of its content so caches never serve an old one.
 */
export function levels(dir: string): Plugin {
  let json = '';
  let file = '';
  const refresh = () => {
    json = catalogueJson(dir);
    file = `catalogue-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
  };
  return {
    name: 'pedago-levels',
    config() {
      refresh();
      return { define: { __CATALOGUE_FILE__: JSON.stringify(file) } };
    },
    buildStart() {
      try {
        refresh();
      } catch (e) {
        this.error((e as Error).message);
      }
      for (const f of readLevelFiles(dir)) this.addWatchFile(resolve(dir, f.path));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source: json });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith('.json') || !req.url.includes('/catalogue-')) return next();
        refresh();
        res.setHeader('Content-Type', 'application/json');
        res.end(json);
      });
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ];
    },
  };
}
