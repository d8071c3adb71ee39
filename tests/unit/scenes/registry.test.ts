import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MUSIC_IDS } from '../../../src/audio/audio.ts';
import type { View } from '../../../src/state/views.ts';

// Phaser cannot load outside a browser; the registry only needs its scene classes to exist.
vi.mock('phaser', () => {
  // Any member, at any depth, is a class that does nothing.
  const stub: object = new Proxy(class {}, { get: (target, key) => Reflect.get(target, key) ?? stub });
  return {
    Scene: class {},
    GameObjects: stub,
    Textures: stub,
    Math: stub,
    Core: stub,
    Input: stub,
    Scale: stub,
  };
});

const { SCREENS, moodOf, scenesToBuild } = await import('../../../src/scenes/registry.ts');
const VIEWS = Object.keys(SCREENS) as View[];

describe('the screen registry', () => {
  it('gives each phase of a mission its mood', () => {
    expect((['brief', 'design', 'develop'] as const).map(moodOf)).toEqual(['mission', 'mission', 'mission']);
    expect((['production', 'implement'] as const).map(moodOf)).toEqual(['live', 'live']);
    expect(moodOf('results')).toBe('mission');
  });

  it('plays the title mood on the title and settings, the office around missions, the finale at the end', () => {
    expect(moodOf('title')).toBe('title');
    expect(moodOf('settings')).toBe('title');
    for (const hub of ['background', 'offers', 'codex', 'credits', 'rankup'] as const)
      expect(moodOf(hub), hub).toBe('office');
    expect(moodOf('end')).toBe('finale');
    expect(moodOf('kiosk-end')).toBe('finale');
    expect(moodOf('classroom-end')).toBe('finale');
  });

  it('keeps the teacher screens and the kiosk attract loop silent', () => {
    for (const view of ['teacher-setup', 'teacher-session', 'class-debrief', 'attract', 'mode-boot'] as const)
      expect(moodOf(view), view).toBe('silence');
  });

  it('uses every mood somewhere', () => {
    expect(new Set(VIEWS.map(moodOf))).toEqual(new Set([...MUSIC_IDS, 'silence']));
  });

  it('boots on the title at home, without the modes’ screens', () => {
    const built = scenesToBuild(false).map(([view]) => view);
    expect(built[0]).toBe('title');
    expect(built).toEqual(VIEWS.filter((v) => !('modes' in SCREENS[v])));
  });

  it('boots a mode on its blank screen, then builds its screens and every screen of the game', () => {
    const built = scenesToBuild(true).map(([view]) => view);
    expect(built[0]).toBe('mode-boot');
    expect([...built].sort()).toEqual([...VIEWS].sort());
    expect(built.indexOf('attract')).toBeLessThan(built.indexOf('title'));
  });

  it('gives every view its own scene class', () => {
    const classes = scenesToBuild(true).map(([, scene]) => scene);
    expect(new Set(classes).size).toBe(classes.length);
  });

  it('registers every scene class written under src/scenes, so none is left unreachable', () => {
    const root = join(import.meta.dirname, '../../../src/scenes');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const concrete = files.flatMap((f) =>
      [...readFileSync(join(root, f), 'utf8').matchAll(/^export class (\w+Scene)\b/gm)].map((m) => m[1]),
    );
    const registered = VIEWS.map((v) => SCREENS[v].scene.name);
    expect(concrete.sort()).toEqual(registered.sort());
  });
});
