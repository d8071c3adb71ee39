import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildEnvironmentOptions, build, type InlineConfig, loadConfigFromFile } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GAME_DIST = resolve(ROOT, 'dist');
export const FLOOR_DIST = resolve(ROOT, 'dist-floor');
const GAME_CONFIG = resolve(ROOT, 'vite.config.ts');
const FLOOR_SRC = fileURLToPath(new URL('./floor', import.meta.url));

/** Builds the game exactly as `vite build` does, into dist/ (or `outDir`). */
export async function buildGame(outDir = GAME_DIST): Promise<void> {
  await build({
    root: ROOT,
    configFile: GAME_CONFIG,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
  });
}

/**
 * Builds the empty Phaser scene into dist-floor/ with the game's own build options (read from its config,
 * so the floor follows any change), but none of its plugins: the floor must not validate levels.
 */
export async function buildFloor(): Promise<string> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    GAME_CONFIG,
    ROOT,
    'warn',
  );
  if (!loaded) throw new Error(`cannot read ${GAME_CONFIG}`);
  const game = loaded.config;
  const shared = sharedBuildOptions(game.build ?? {});
  const config: InlineConfig = {
    configFile: false,
    root: FLOOR_SRC,
    base: game.base ?? './',
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    build: { ...shared, outDir: FLOOR_DIST, emptyOutDir: true },
  };
  await build(config);
  return describe(config.base, shared);
}

function sharedBuildOptions(b: BuildEnvironmentOptions): BuildEnvironmentOptions {
  const output = b.rolldownOptions?.output;
  return {
    target: b.target,
    minify: b.minify,
    cssMinify: b.cssMinify,
    cssTarget: b.cssTarget,
    assetsInlineLimit: b.assetsInlineLimit,
    chunkSizeWarningLimit: b.chunkSizeWarningLimit,
    sourcemap: b.sourcemap,
    // Only the output options (chunk groups, file names): the game's inputs and plugins are its own.
    rolldownOptions: output ? { output } : undefined,
  };
}

function describe(base: string | undefined, b: BuildEnvironmentOptions): string {
  const output = b.rolldownOptions?.output;
  const groups = (Array.isArray(output) ? output[0] : output)?.codeSplitting;
  const names =
    groups && typeof groups === 'object' ? (groups.groups ?? []).map((g) => g.name).join(', ') : 'none';
  const fmt = (v: unknown) => (v === undefined ? 'default' : String(v));
  return `base ${fmt(base)}, target ${fmt(b.target)}, minify ${fmt(b.minify)}, assetsInlineLimit ${fmt(
    b.assetsInlineLimit,
  )}, chunk groups: ${names}`;
}
