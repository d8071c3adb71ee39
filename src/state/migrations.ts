import { DEFAULT_SETTINGS, SAVE_VERSION } from './saveSchema.ts';

type Json = Record<string, unknown>;

/**
 * Each entry turns a save of version N into version N + 1. Version 1 (the first public build) stored
 * `settings.lang` and `settings.sound`; version 2 names them `language` and `muted`. Version 3 brought
 * backgrounds, skills and reputation: an older career keeps its results and earns the reputation of its
 * stars; a mission in progress cannot be replayed under the new rules, so it starts again (the old save
 * is kept as a backup). Version 4 added volumes and the display settings, which start at their defaults.
 * Version 5 made the learning design a game of its own (objectives, activity cards, evaluation, pilot): a
 * mission in progress was designed under the old rules, so it starts again; the career keeps everything.
 */
interface OldCareer {
  seed?: number;
  results?: { missionId: string; stars: number; score: number }[];
  factsMet?: string[];
  done?: boolean;
}

const steps: Record<number, (save: Json) => Json> = {
  4: (save) => ({ ...save, version: 5, run: null }),
  3: (save) => ({
    ...save,
    version: 4,
    settings: { ...DEFAULT_SETTINGS, ...(save.settings as Json | undefined) },
  }),
  2: (save) => {
    const old = save.career as OldCareer | null | undefined;
    const results = old?.results ?? [];
    const career = old
      ? {
          background: 'master-e-formation',
          seed: old.seed ?? 1,
          playlist: 'career',
          xp: {},
          reputation: results.reduce((sum, r) => sum + r.stars * 10, 0),
          history: results.map((r) => ({ ...r, contract: null, rank: 'stagiaire' })),
          factsMet: old.factsMet ?? [],
          done: old.done ?? false,
        }
      : null;
    return { ...save, version: 3, career, run: null };
  },
  1: (save) => {
    const old = (save.settings ?? {}) as { lang?: unknown; sound?: unknown };
    return {
      ...save,
      version: 2,
      settings: { language: old.lang === 'en' ? 'en' : 'fr', muted: old.sound === false },
    };
  },
};

/** Brings a parsed save up to SAVE_VERSION, or says why it cannot. */
export function migrate(save: Json): { ok: true; save: Json } | { ok: false; reason: string } {
  let current = save;
  let version = typeof current.version === 'number' ? current.version : 1;
  if (version > SAVE_VERSION) return { ok: false, reason: `save is from a newer version (${version})` };
  while (version < SAVE_VERSION) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `no migration from version ${version}` };
    current = step(current);
    version += 1;
  }
  return { ok: true, save: current };
}
