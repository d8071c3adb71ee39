import type { Lang } from '../content/primitives.ts';
import { migrate } from './migrations.ts';
import type { SafeStorage } from './safeStorage.ts';
import { checkSave, type Save } from './saveSchema.ts';

export const SAVE_KEY = 'pedago-studio.save';
export const BACKUP_PREFIX = 'pedago-studio.backup.';

/** Something the player should be told about their save, shown once as a notice. */
export type Notice = 'storage-unavailable' | 'save-unreadable' | 'save-migrated' | 'language-unavailable';

export interface LoadedSave {
  save: Save | null;
  notices: Notice[];
}

/** Copies an unreadable save aside before the game overwrites it, so it can still be recovered by hand. */
export function backupSave(storage: SafeStorage, raw: string, reason: string): string {
  const key = `${BACKUP_PREFIX}${storage.keys(BACKUP_PREFIX).length + 1}`;
  storage.set(key, JSON.stringify({ reason, raw }));
  return key;
}

/** Reads the save: migrates an old one, backs up one that cannot be read, and never throws. */
export function loadSave(storage: SafeStorage, key = SAVE_KEY): LoadedSave {
  const raw = storage.get(key);
  const notices: Notice[] = storage.degraded ? ['storage-unavailable'] : [];
  if (raw === null) return { save: null, notices };
  const unreadable = (reason: string): LoadedSave => {
    backupSave(storage, raw, reason);
    storage.remove(key);
    return { save: null, notices: [...notices, 'save-unreadable'] };
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable('invalid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return unreadable('not an object');
  const oldVersion = (parsed as { version?: unknown }).version;
  const migrated = migrate(parsed as Record<string, unknown>);
  if (!migrated.ok) return unreadable(migrated.reason);
  const checked = checkSave(migrated.save);
  if (!checked.ok) return unreadable(checked.reason);
  if (oldVersion !== checked.save.version) {
    backupSave(storage, raw, `migrated from version ${String(oldVersion ?? 1)}`);
    notices.push('save-migrated');
  }
  return { save: checked.save, notices };
}

/**
 * A save whose language this version of the game does not ship (a language folder removed, a save copied
 * from another build) plays on in `fallback`, and the player is told.
 */
export function keepShippedLanguage(
  loaded: LoadedSave,
  shipped: readonly Lang[],
  fallback: Lang,
): LoadedSave {
  const save = loaded.save;
  if (!save || shipped.length === 0 || shipped.includes(save.settings.language)) return loaded;
  return {
    save: { ...save, settings: { ...save.settings, language: fallback } },
    notices: [...loaded.notices, 'language-unavailable'],
  };
}

export function writeSave(storage: SafeStorage, save: Save, key = SAVE_KEY): void {
  storage.set(key, JSON.stringify(save));
}
