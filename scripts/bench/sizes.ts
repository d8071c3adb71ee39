import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface BuildWeight {
  js: Weight;
  all: Weight;
  /** The Phaser chunk (vite.config.ts puts Phaser in a chunk of its own, named phaser-…). */
  phaser: Weight;
}

/** Weighs a build folder: each file gzipped on its own at level 9, as a server would send it. */
export function weigh(dir: string): BuildWeight {
  const js: Weight = { files: 0, raw: 0, gzip: 0 };
  const all: Weight = { files: 0, raw: 0, gzip: 0 };
  const phaser: Weight = { files: 0, raw: 0, gzip: 0 };
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    const isJs = file.endsWith('.js');
    const isPhaser = isJs && basename(file).startsWith('phaser-');
    for (const w of isPhaser ? [js, all, phaser] : isJs ? [js, all] : [all]) {
      w.files += 1;
      w.raw += bytes.length;
      w.gzip += gz;
    }
  }
  if (js.files === 0) throw new Error(`no JavaScript in ${dir}: build it first (run without --skip-build)`);
  return { js, all, phaser };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
