import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { formatProblem } from '../src/content/problem.ts';
import { loadLevels } from '../src/content/validate.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { LOCALES_DIR, readLocales } from './locales.ts';
import { readLevelFiles } from './readLevels.ts';

/** The validated catalogue as JSON, or an error naming every problem. */
function catalogueJson(dir: string): string {
  const { catalogue, problems } = loadLevels(readLevelFiles(dir));
  if (!catalogue)
    throw new Error(`levels/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  return JSON.stringify(catalogue);
}

/**
 * The level files the workshop checks a draft among (src/content/checkDraft.ts), each as its JSON without
 * the indentation: the checks read values and JSON paths, never lines, and the file ships 10 % lighter.
 */
const sourcesJson = (dir: string): string =>
  JSON.stringify(readLevelFiles(dir).map((f) => ({ ...f, text: JSON.stringify(JSON.parse(f.text)) })));

/** Every language of src/i18n/locales/ (one folder each), as the JSON the game fetches: French first. */
async function stringsJson(): Promise<string> {
  const load = async (file: string) =>
    (await runnerImport<{ default: Locale }>(file, { configFile: false, logLevel: 'silent' })).module;
  return JSON.stringify(await readLocales(load));
}

/**
 * Validates levels/ when the game is built or served, refusing invalid content, and ships the checked
 * catalogue and the interface strings of every language folder as JSON files beside the game (data, not
 * code: the browser needs neither the schemas nor the validator). The level files as written are shipped
 * too, for the mission workshop alone (not preloaded: only it fetches them). Their names carry a hash of
 * their content so caches never serve an old one.
 */
const hashed = (name: string, json: string) =>
  `${name}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;

export function levels(dir: string): Plugin {
  let json = '';
  let file = '';
  let strings = '';
  let stringsFile = '';
  let sources = '';
  let sourcesFile = '';
  const refresh = () => {
    json = catalogueJson(dir);
    file = hashed('catalogue', json);
    sources = sourcesJson(dir);
    sourcesFile = hashed('levels-src', sources);
  };
  return {
    name: 'pedago-levels',
    async config() {
      refresh();
      strings = await stringsJson();
      stringsFile = hashed('strings', strings);
      return {
        define: {
          __CATALOGUE_FILE__: JSON.stringify(file),
          __STRINGS_FILE__: JSON.stringify(stringsFile),
          __LEVELS_SRC_FILE__: JSON.stringify(sourcesFile),
        },
      };
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
      this.emitFile({ type: 'asset', fileName: stringsFile, source: strings });
      this.emitFile({ type: 'asset', fileName: sourcesFile, source: sources });
    },
    configureServer(server) {
      // The strings are read once, when the server starts: a change to a language folder restarts it.
      server.watcher.add(LOCALES_DIR);
      server.watcher.on('all', (_, file) => {
        if (file.startsWith(LOCALES_DIR)) void server.restart();
      });
      server.middlewares.use((req, res, next) => {
        const isCatalogue = req.url?.includes('/catalogue-');
        const isSources = req.url?.includes('/levels-src-');
        if (!req.url?.endsWith('.json') || !(isCatalogue || isSources || req.url.includes('/strings-')))
          return next();
        if (isCatalogue || isSources) refresh();
        res.setHeader('Content-Type', 'application/json');
        res.end(isCatalogue ? json : isSources ? sources : strings);
      });
    },
    transformIndexHtml() {
      return [file, stringsFile].map((f) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./${f}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      }));
    },
  };
}
