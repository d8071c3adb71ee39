import { memoryStorage, SafeStorage } from './safeStorage.ts';
import { backupSave, loadSave, SAVE_KEY, writeSave } from './saveGame.ts';
import { SAVE_VERSION, type Save } from './saveSchema.ts';

/** What a career file says it is: this game's career, in this file format. */
const KIND = 'pedago-studio.career';
const FILE_VERSION = 1;

export type CareerFileProblem = 'not-json' | 'foreign' | 'newer' | 'damaged';

export type ReadCareerFile =
  | { ok: true; save: Save }
  | { ok: false; problem: CareerFileProblem; detail: string };

/** A career as a file a player keeps or carries to another browser. It holds no name: the game asks for none. */
export function careerFileText(save: Save): string {
  return `${JSON.stringify({ kind: KIND, version: FILE_VERSION, save }, null, 2)}\n`;
}

/** The file's name: the day it was saved (YYYY-MM-DD), so several copies sort by date. */
export function careerFileName(day: Date): string {
  return `carriere-pedago-studio-${day.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads a career file exactly as a stored save is read (migrated from an older version, then checked field
 * by field: src/state/saveGame.ts), refusing a file that is not JSON, not a career of this game, from a newer
 * version or damaged, with the reason. Reading it changes nothing anywhere.
 */
export function readCareerFile(text: string): ReadCareerFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: 'not-json', detail: (e as Error).message };
  }
  const file = json as { kind?: unknown; version?: unknown; save?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.kind !== KIND)
    return { ok: false, problem: 'foreign', detail: 'not a Pédago Studio career file' };
  const saveVersion = (file.save as { version?: unknown } | null)?.version;
  if (
    typeof file.version !== 'number' ||
    file.version > FILE_VERSION ||
    (typeof saveVersion === 'number' && saveVersion > SAVE_VERSION)
  )
    return {
      ok: false,
      problem: 'newer',
      detail: `file ${String(file.version)}, save ${String(saveVersion)}`,
    };
  const scratch = new SafeStorage(memoryStorage());
  scratch.set(SAVE_KEY, JSON.stringify(file.save));
  const loaded = loadSave(scratch);
  if (!loaded.save) {
    const backup = scratch.keys('').find((k) => k !== SAVE_KEY);
    const reason = backup
      ? (JSON.parse(scratch.get(backup) ?? '{}') as { reason?: string }).reason
      : undefined;
    return { ok: false, problem: 'damaged', detail: reason ?? 'unreadable save' };
  }
  return { ok: true, save: loaded.save };
}

/**
 * Puts an imported career in the place of the stored one, the stored one kept aside first (a backup, as for
 * any save the game replaces). False, with nothing changed, where the browser cannot keep it.
 */
export function replaceStoredSave(storage: SafeStorage, key: string, save: Save): boolean {
  if (storage.degraded) return false;
  const current = storage.get(key);
  if (current !== null) backupSave(storage, current, 'replaced by an imported career file');
  writeSave(storage, save, key);
  return !storage.degraded;
}
