import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const CACHE_PREFIX = 'pedago-studio-';

/** Every file under dir, relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path).map((f) => `${e.name}/${f}`) : [relative(dir, path)];
  });
}

/**
 * The files the worker leaves for later: the workshop's (its chunk, its code editor's and its balance bot's, and
 * the level sources and checks it runs on drafts, which a player needs only in a session of the workshop's
 * missions), and the music loops of every mood but the title's. Each is cached the first time the game
 * plays it (the worker keeps the response it serves), so the install stays light (a pupil's device fetches
 * about 90 kB per mood less) and offline play has every mood already heard. The title's loop is fetched at install:
 * on a first visit the title asks for it before the worker is in charge, so it could not be kept on the way.
 */
const ON_FIRST_PLAY =
  /(^|\/)(music-(?!title-)[a-z]+-[\w-]+\.mp3|levels-src-\w+\.json|assets\/(workshopMain|codeEditor|balanceWorker|levelChecks|zodMessages|openCustom|deflate)-[\w-]+\.(js|css))$/;

/** The build's files split into those the worker fetches at install and those it keeps when first asked for. */
export function precachePlan(files: readonly string[]): { install: string[]; onFirstPlay: string[] } {
  return {
    install: files.filter((f) => !ON_FIRST_PLAY.test(f)),
    onFirstPlay: files.filter((f) => ON_FIRST_PLAY.test(f)),
  };
}

/** The files a built sw.js fetches at install (./ stands for index.html), read back from its source. */
export function installFilesOf(source: string): string[] {
  const list = /^const FILES = (\[.*\]);$/m.exec(source)?.[1];
  if (!list) throw new Error('sw.js lists no FILES: was it written by scripts/serviceWorker.ts?');
  return JSON.parse(list);
}

/**
 * The worker: the build's files cached at install, but for the music moods kept when first played; pages from the
 * network first, files from the cache first.
 */
function workerSource(cache: string, files: string[]): string {
  const { install, onFirstPlay } = precachePlan(files);
  return `// Written by the build (scripts/serviceWorker.ts): keeps Pédago Studio playable offline once loaded.
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(['./', ...install])};
const ON_FIRST_PLAY = ${JSON.stringify(onFirstPlay)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(${JSON.stringify(CACHE_PREFIX)}) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The kiosk's settings, which an operator may edit on the server: the network's copy first, kept for offline.
  if (new URL(request.url).pathname.endsWith('/kiosk.json')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((c) => c.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || caches.match('./', { ignoreVary: true })),
      ),
    );
    return;
  }
  // A music mood not fetched at install: kept the first time the game plays it, for offline play.
  const keep = ON_FIRST_PLAY.some((f) => new URL(request.url).pathname.endsWith('/' + f));
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (keep && response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
`;
}

/** A Vite plugin that writes sw.js beside index.html, listing the build's files and public/'s. */
export function serviceWorker(publicDir: string): Plugin {
  return {
    name: 'pedago-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...filesUnder(publicDir)].filter((f) => f !== 'sw.js').sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f);
      for (const f of filesUnder(publicDir)) hash.update(readFileSync(join(publicDir, f)));
      const cache = `${CACHE_PREFIX}${hash.digest('hex').slice(0, 12)}`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(cache, files) });
    },
  };
}
