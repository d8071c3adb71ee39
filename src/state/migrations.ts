import { SAVE_VERSION } from './saveSchema.ts';

type Json = Record<string, unknown>;

/**
 * Each entry turns a save of version N into version N + 1. Version 1 (the first public build) stored
 * `settings.lang` and `settings.sound`; version 2 names them `language` and `muted`.
 */
const steps: Record<number, (save: Json) => Json> = {
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
