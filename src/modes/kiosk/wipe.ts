import type { KeyValueStorage } from '../../state/safeStorage.ts';

/** Every key the game writes starts with this. */
export const GAME_KEY_PREFIX = 'pedago-studio.';

/** Removes every key of the game from a storage; returns the keys removed. Never throws. */
export function wipeGameKeys(storage: KeyValueStorage | null, prefix = GAME_KEY_PREFIX): string[] {
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    for (const k of keys) storage.removeItem(k);
    return keys;
  } catch {
    return [];
  }
}
