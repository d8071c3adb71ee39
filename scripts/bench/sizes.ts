import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installFilesOf } from '../serviceWorker.ts';

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface BuildWeight {
  /** The JS a player's browser loads: every file but the tools of one mode, loaded when it is opened. */
  js: Weight;
  /** Those tools: the workshop, the teacher's scanner and its decoder, a course's link to its platform. */
  toolsJs: Weight;
  all: Weight;
  /** The Phaser chunk (vite.config.ts puts Phaser in a chunk of its own, named phaser-…). */
  phaser: Weight;
}

/**
 * The chunks only one mode's tool imports (their entry files: src/workshop/workshopMain.ts, the workshop's
 * codeEditor.ts and balanceWorker.ts, src/ui/qr*.ts, …; zod and the level checks a session of the workshop's
 * missions runs, src/modes/custom/openCustom.ts: `zodMessages` is the chunk rolldown names after the first
 * of those checks' modules; deflate, for a course's suspend data and the workshop's links).
 */
export const MODE_TOOL_JS =
  /^(workshopMain|codeEditor|balanceWorker|scannerView|qrWorker|courseLink|levelChecks|zodMessages|openCustom|deflate)-/;

/** Weighs a build folder: each file gzipped on its own at level 9, as a server would send it. */
export function weigh(dir: string): BuildWeight {
  const js: Weight = { files: 0, raw: 0, gzip: 0 };
  const toolsJs: Weight = { files: 0, raw: 0, gzip: 0 };
  const all: Weight = { files: 0, raw: 0, gzip: 0 };
  const phaser: Weight = { files: 0, raw: 0, gzip: 0 };
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    const isJs = file.endsWith('.js');
    const isPhaser = isJs && basename(file).startsWith('phaser-');
    const isTool = isJs && MODE_TOOL_JS.test(basename(file));
    for (const w of isPhaser ? [js, all, phaser] : isTool ? [toolsJs, all] : isJs ? [js, all] : [all]) {
      w.files += 1;
      w.raw += bytes.length;
      w.gzip += gz;
    }
  }
  if (js.files === 0) throw new Error(`no JavaScript in ${dir}: build it first (run without --skip-build)`);
  return { js, toolsJs, all, phaser };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** What a build asks of a device, each file weighed raw and gzip -9 on its own (issue 17's budgets). */
export interface Budget {
  /** Every file of the build. */
  dist: Weight;
  /** What the service worker fetches at install, before the game can start offline (sw.js and the worker's list). */
  install: Weight;
  /** Effects and music (assets/*.mp3). */
  audio: Weight;
  /** The music loops alone (the worker fetches only the title's at install). */
  music: Weight;
  /** Font files (assets/*.woff2, *.woff). */
  fonts: Weight;
}

const none = (): Weight => ({ files: 0, raw: 0, gzip: 0 });

export function weighBudget(dir: string): Budget {
  const budget: Budget = { dist: none(), install: none(), audio: none(), music: none(), fonts: none() };
  let worker: string | undefined;
  const byPath = new Map<string, Weight>();
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    const one: Weight = { files: 1, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    const path = relative(dir, file).split('\\').join('/');
    byPath.set(path, one);
    if (path === 'sw.js') worker = bytes.toString('utf8');
    const kinds: (keyof Budget)[] = ['dist'];
    if (/\.(mp3|ogg|wav)$/.test(path)) kinds.push('audio');
    if (/(^|\/)music-[^/]+\.(mp3|ogg|wav)$/.test(path)) kinds.push('music');
    if (/\.woff2?$/.test(path)) kinds.push('fonts');
    for (const k of kinds) add(budget[k], one);
  }
  if (worker === undefined) throw new Error(`no sw.js in ${dir}: build it first`);
  add(budget.install, byPath.get('sw.js') ?? none());
  for (const f of installFilesOf(worker)) {
    const one = byPath.get(f === './' ? 'index.html' : f);
    if (!one) throw new Error(`sw.js lists ${f}, which is not in ${dir}`);
    add(budget.install, one);
  }
  return budget;
}

function add(to: Weight, one: Weight): void {
  to.files += one.files;
  to.raw += one.raw;
  to.gzip += one.gzip;
}
