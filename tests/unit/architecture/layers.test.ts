import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Import, importsOf, readSources, type SourceFile, withoutComments } from './imports.ts';

/**
 * The layers, lowest first: levels/ → content → sim → state → scenes + ui, with audio and i18n as leaf
 * services, and modes and main.ts (every file at the top of src) setting things up from above. An arrow may
 * only run down: each layer names the folders it may import (its own included).
 */
const LAYERS = [
  'content',
  'sim',
  'i18n',
  'state',
  'audio',
  'ui',
  'scenes',
  'modes',
  'workshop',
  'main',
  'vendor',
] as const;
type Layer = (typeof LAYERS)[number];

const BELOW_MODES: Layer[] = ['content', 'sim', 'i18n', 'state', 'audio', 'ui', 'scenes', 'modes'];
const MAY_IMPORT: Record<Layer, readonly string[]> = {
  content: ['content'],
  sim: ['content', 'sim'],
  // Level texts are typed by content; nothing else.
  i18n: ['content', 'i18n'],
  state: ['content', 'sim', 'i18n', 'state'],
  audio: ['content', 'sim', 'i18n', 'audio'],
  // Captions listen to the sound (src/ui/soundCaptions.ts); the icon atlas is an asset file.
  ui: ['content', 'sim', 'i18n', 'audio', 'ui', 'assets'],
  scenes: ['content', 'sim', 'i18n', 'state', 'audio', 'ui', 'scenes'],
  // A session of the workshop's missions checks them as the workshop does, and says why in its words.
  modes: [...BELOW_MODES, 'workshop'],
  // The mission workshop: a page of forms beside the game, on its content, strings, storage and file kit, and
  // the balance bots of sim, which it runs on a draft in a worker.
  workshop: ['content', 'sim', 'i18n', 'state', 'ui', 'scenes', 'workshop', 'main'],
  main: [...BELOW_MODES, 'workshop', 'main', 'assets'],
  // The game's Phaser build (src/vendor/phaser.js) reads Phaser's own source and nothing of the game's.
  vendor: ['vendor'],
};

/** Layers that may import another only for its types. */
const TYPES_ONLY: Partial<Record<Layer, readonly Layer[]>> = { i18n: ['content'] };

/** Where the engine and device packages may be used; any other package is free except in the pure layers. */
const PACKAGE_HOMES: Record<string, readonly Layer[]> = {
  phaser: ['ui', 'scenes', 'modes', 'main'],
  'phaser-src': ['vendor'],
  howler: ['audio'],
  zustand: ['state'],
};

/** The rules and the content are pure: no engine, no store, no DOM, no clock or chance of their own. */
const PURE: readonly Layer[] = ['content', 'sim'];
const PURE_PACKAGES = ['zod'];
const IMPURE_CODE =
  /(?<![\w$.])(document|window|navigator|localStorage|sessionStorage|location|fetch|requestAnimationFrame|setTimeout|setInterval)\s*[.(]|\bMath\.random\b|\bDate\.now\b|\bnew Date\b/;

/** The layer of a path from the root: its folder under src, `main` for a file at the top of src. */
function layerOf(path: string): string {
  const inSrc = /^src\/(?:([^/]+)\/)?[^/]+$|^src\/([^/]+)\//.exec(path);
  if (!inSrc) return path.split('/')[0] ?? path;
  return inSrc[2] ?? inSrc[1] ?? 'main';
}

/** What is wrong with one import, or null. */
function problemWith(i: Import): string | null {
  const from = layerOf(i.from) as Layer;
  if (!LAYERS.includes(from)) return `${i.from} is in no layer: give src/${from} a row in MAY_IMPORT`;
  const where = `${i.from} imports '${i.specifier}'`;
  if (!i.relative) {
    const homes = PACKAGE_HOMES[i.target];
    if (PURE.includes(from) && !PURE_PACKAGES.includes(i.target))
      return `${where}: src/${from} is pure and may not use the package ${i.target}`;
    if (homes && !homes.includes(from))
      return `${where}: ${i.target} belongs in ${homes.join(', ')}, not ${from}`;
    return null;
  }
  const to = layerOf(i.target);
  if (to === from) return null;
  if (!MAY_IMPORT[from].includes(to))
    return `${where}: ${from} may not import ${to} (an arrow back up the layers)`;
  if (TYPES_ONLY[from]?.includes(to as Layer) && !i.typeOnly)
    return `${where}: ${from} may import only types from ${to} (write \`import type\`)`;
  return null;
}

/** Every import that breaks the layers, and every use of the DOM, clock or chance in a pure layer. */
function layerProblems(files: readonly SourceFile[]): string[] {
  const problems = files.flatMap((f) => importsOf(f).flatMap((i) => problemWith(i) ?? []));
  for (const f of files) {
    if (!PURE.includes(layerOf(f.path) as Layer)) continue;
    const lines = withoutComments(f.text).split('\n');
    lines.forEach((line, n) => {
      const hit = IMPURE_CODE.exec(line);
      if (hit) problems.push(`${f.path}:${n + 1} uses ${hit[0].trim()}: src/sim and src/content stay pure`);
    });
  }
  return problems;
}

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = readSources(ROOT, 'src');

describe('the layers', () => {
  it('has no arrow back up the layers and no impure code in src/sim or src/content', () => {
    expect(layerProblems(SOURCES)).toEqual([]);
  });

  it('reads every file under src', () => {
    const layers = new Set(SOURCES.map((f) => layerOf(f.path)));
    expect([...layers].sort()).toEqual([...LAYERS].sort());
    expect(SOURCES.some((f) => f.path === 'src/main.ts')).toBe(true);
  });
});

describe('the layer check', () => {
  const file = (path: string, ...lines: string[]): SourceFile => ({ path, text: lines.join('\n') });

  it('names the file and the import of a planted back-arrow, however it is written', () => {
    const files = [
      file('src/sim/planted.ts', "import { createGameStore } from '../state/store.ts';"),
      file('src/audio/planted.ts', 'import type {', '  View,', "} from '../state/views.ts';"),
      file('src/state/planted.ts', "export { setupMode } from '../modes/setup/index.ts';"),
      file('src/ui/planted.ts', "const scenes = () => import('../scenes/registry.ts');"),
      file('src/scenes/planted.ts', "import type { ModeSetup } from '../modes/setup/modeSetup.ts';"),
      file('src/content/planted.ts', "import { replay } from '../sim/choose.ts';"),
    ];
    expect(layerProblems(files)).toEqual([
      "src/sim/planted.ts imports '../state/store.ts': sim may not import state (an arrow back up the layers)",
      "src/audio/planted.ts imports '../state/views.ts': audio may not import state (an arrow back up the layers)",
      "src/state/planted.ts imports '../modes/setup/index.ts': state may not import modes (an arrow back up the layers)",
      "src/ui/planted.ts imports '../scenes/registry.ts': ui may not import scenes (an arrow back up the layers)",
      "src/scenes/planted.ts imports '../modes/setup/modeSetup.ts': scenes may not import modes (an arrow back up the layers)",
      "src/content/planted.ts imports '../sim/choose.ts': content may not import sim (an arrow back up the layers)",
    ]);
  });

  it('lets arrows run down, and a layer use its own files and the packages it is given', () => {
    const files = [
      file(
        'src/state/ok.ts',
        "import { replay } from '../sim/choose.ts';",
        "import { createStore } from 'zustand/vanilla';",
      ),
      file(
        'src/scenes/ok.ts',
        "import * as Phaser from 'phaser';",
        "import { viewFor } from '../state/views.ts';",
      ),
      file('src/modes/ok.ts', "import type { ModeServices } from '../scenes/modeServices.ts';"),
      file('src/main.ts', "import { setupMode } from './modes/setup/index.ts';"),
      file('src/content/ok.ts', "import { z } from 'zod';", "import { x } from './schemas.ts';"),
      file('src/i18n/ok.ts', "import type { Lang } from '../content/lang.ts';"),
    ];
    expect(layerProblems(files)).toEqual([]);
  });

  it('flags engine packages outside their home and any package but zod in the pure layers', () => {
    const files = [
      file('src/sim/a.ts', "import * as Phaser from 'phaser';"),
      file('src/content/b.ts', "import { Howl } from 'howler';"),
      file('src/scenes/c.ts', "import { createStore } from 'zustand/vanilla';"),
      file('src/ui/d.ts', "import { Howl } from 'howler';"),
    ];
    expect(layerProblems(files)).toEqual([
      "src/sim/a.ts imports 'phaser': src/sim is pure and may not use the package phaser",
      "src/content/b.ts imports 'howler': src/content is pure and may not use the package howler",
      "src/scenes/c.ts imports 'zustand/vanilla': zustand belongs in state, not scenes",
      "src/ui/d.ts imports 'howler': howler belongs in audio, not ui",
    ]);
  });

  it('flags the DOM, the clock and chance in the pure layers, but not in comments or as a property', () => {
    const files = [
      file('src/sim/a.ts', '// window.alert is fine in a comment', 'const w = window.innerWidth;'),
      file('src/content/b.ts', 'const seed = Math.random();', 'const at = mission.location.x;'),
      file('src/state/c.ts', 'localStorage.getItem("x");'),
    ];
    expect(layerProblems(files)).toEqual([
      'src/sim/a.ts:2 uses window.: src/sim and src/content stay pure',
      'src/content/b.ts:1 uses Math.random: src/sim and src/content stay pure',
    ]);
  });

  it('takes only types from content in i18n, and keeps content below the rules', () => {
    const values = [file('src/i18n/a.ts', "import { LANGS } from '../content/lang.ts';")];
    expect(layerProblems(values)).toEqual([
      "src/i18n/a.ts imports '../content/lang.ts': i18n may import only types from content (write `import type`)",
    ]);
    const up = [file('src/content/a.ts', "import type { Run } from '../sim/run.ts';")];
    expect(layerProblems(up)).toHaveLength(1);
    expect(layerProblems(up)[0]).toContain("src/content/a.ts imports '../sim/run.ts'");
  });
});
