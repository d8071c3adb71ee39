import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The game ships its own Phaser build (src/vendor/phaser.js): Phaser's core plus a few game objects. A
// scene that adds an object the build leaves out would only fail when that screen opens; this reads the
// sources and says so at once, naming the file.
const ROOT = resolve(import.meta.dirname, '../../..');
const PHASER_SRC = join(ROOT, 'node_modules/phaser/src');
const ENTRY = join(ROOT, 'src/vendor/phaser.js');
const CORE = join(PHASER_SRC, 'phaser-core.js');

/** The factory and creator files a build entry pulls in, as absolute paths. */
function factoryFiles(): string[] {
  const fromEntry = [
    ...readFileSync(ENTRY, 'utf8').matchAll(/'phaser-src\/([^']+(?:Factory|Creator)\.js)'/g),
  ].map((m) => join(PHASER_SRC, m[1] ?? ''));
  const fromCore = [
    ...readFileSync(CORE, 'utf8').matchAll(/require\('\.\/([^']+(?:Factory|Creator))'\)/g),
  ].map((m) => join(dirname(CORE), `${m[1] ?? ''}.js`));
  return [...fromEntry, ...fromCore];
}

/** The names a file registers, unless it registers them only in a WebGL build (the game draws with Canvas). */
function registered(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file !== ENTRY && text.includes('if (typeof WEBGL_RENDERER)')) return [];
  return [...text.matchAll(/\.register\(\s*'(\w+)'/g)].map((m) => m[1] ?? '');
}

/** What `scene.add.x` (Factory) and `scene.make.x` (Creator) the build offers. */
function offered(kind: 'Factory' | 'Creator'): Set<string> {
  const files = factoryFiles().filter((f) => f.endsWith(`${kind}.js`));
  // The entry registers `add.nineslice` itself; `add.existing` (an object made elsewhere) is the factory's own.
  const own = kind === 'Factory' ? ['existing'] : [];
  return new Set([...own, ...[...files, ...(kind === 'Factory' ? [ENTRY] : [])].flatMap(registered)]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every `add.x(` or `make.x(` in the game's sources, with the file it is in. */
function used(kind: 'add' | 'make'): { name: string; file: string }[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(new RegExp(`\\b${kind}\\.(\\w+)\\(`, 'g'))].map((m) => ({
      name: m[1] ?? '',
      file: file.slice(ROOT.length + 1),
    })),
  );
}

describe("the game's own Phaser build", () => {
  it('offers every game object the scenes add', () => {
    const factories = offered('Factory');
    expect(factories.has('image') && factories.has('circle')).toBe(true);
    const missing = used('add')
      .filter((u) => !factories.has(u.name))
      .map((u) => `${u.file}: scene.add.${u.name} is not in src/vendor/phaser.js`);
    expect(missing).toEqual([]);
  });

  it('offers every game object the scenes make', () => {
    const creators = offered('Creator');
    const missing = used('make')
      .filter((u) => !creators.has(u.name))
      .map((u) => `${u.file}: scene.make.${u.name} is not in src/vendor/phaser.js`);
    expect(missing).toEqual([]);
  });
});
