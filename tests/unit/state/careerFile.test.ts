import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careerFileName,
  careerFileText,
  readCareerFile,
  replaceStoredSave,
} from '../../../src/state/careerFile.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { BACKUP_PREFIX, loadSave, SAVE_KEY } from '../../../src/state/saveGame.ts';
import { SAVE_VERSION, type Save } from '../../../src/state/saveSchema.ts';
import { realCatalogue } from '../fixtures.ts';
import { coursePupil } from '../modes/coursePupil.ts';

const cat = realCatalogue();
const save = JSON.parse(coursePupil(cat, 1).values.save ?? '{}') as Save;

describe('a career in a file', () => {
  it('reads back the career it wrote, mission under way included, and is named by its day', () => {
    expect(save.career?.history.length).toBe(1);
    expect(readCareerFile(careerFileText(save))).toEqual({ ok: true, save });
    expect(readCareerFile(`\uFEFF${careerFileText(save)}`).ok).toBe(true);
    expect(careerFileName(new Date('2026-12-03T10:00:00Z'))).toBe('carriere-pedago-studio-2026-12-03.json');
  });

  it('migrates a file from an older version as a stored save would be', () => {
    const old = { version: 1, settings: { lang: 'en', sound: false }, career: null, run: null };
    const read = readCareerFile(JSON.stringify({ kind: 'pedago-studio.career', version: 1, save: old }));
    expect(read.ok && read.save.version).toBe(SAVE_VERSION);
    expect(read.ok && read.save.settings).toMatchObject({ language: 'en', muted: true });
  });

  it('refuses what is not JSON, not a career of this game, newer or damaged, saying which', () => {
    const problem = (text: string) => {
      const read = readCareerFile(text);
      return read.ok ? 'read' : read.problem;
    };
    expect(problem('{"kind":')).toBe('not-json');
    expect(problem(JSON.stringify({ app: 'pedago-studio', kind: 'class-codes', version: 1 }))).toBe(
      'foreign',
    );
    expect(problem(JSON.stringify(save))).toBe('foreign');
    expect(problem(careerFileText({ ...save, version: (SAVE_VERSION + 1) as typeof SAVE_VERSION }))).toBe(
      'newer',
    );
    const damaged = { ...save, settings: { ...save.settings, musicVolume: 7 } };
    const read = readCareerFile(careerFileText(damaged));
    expect(read).toEqual({ ok: false, problem: 'damaged', detail: '$.settings.musicVolume must be 0–1' });
  });

  it('never throws on random or damaged files, and every refusal has its reason', () => {
    const valid = careerFileText(save);
    const edited = fc
      .tuple(fc.nat(valid.length - 1), fc.string({ maxLength: 4 }))
      .map(([at, text]) => valid.slice(0, at) + text + valid.slice(at + text.length));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), edited), (text) => {
        const read = readCareerFile(text);
        if (!read.ok) expect(read.detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('replaces the stored career only where the browser keeps it, the old one set aside', () => {
    const backend = memoryStorage();
    backend.setItem(SAVE_KEY, JSON.stringify({ ...save, career: null }));
    const storage = new SafeStorage(backend);
    expect(replaceStoredSave(storage, SAVE_KEY, save)).toBe(true);
    expect(loadSave(storage).save?.career?.history.length).toBe(1);
    const kept = storage.keys(BACKUP_PREFIX).map((k) => JSON.parse(storage.get(k) ?? '{}'));
    expect(kept).toEqual([
      { reason: 'replaced by an imported career file', raw: JSON.stringify({ ...save, career: null }) },
    ]);
    const nowhere = new SafeStorage(null);
    expect(replaceStoredSave(nowhere, SAVE_KEY, save)).toBe(false);
    expect(nowhere.get(SAVE_KEY)).toBeNull();
  });
});
