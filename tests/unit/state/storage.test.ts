import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { BACKUP_PREFIX, loadSave, SAVE_KEY } from '../../../src/state/saveGame.ts';
import { DEFAULT_SETTINGS, SAVE_VERSION } from '../../../src/state/saveSchema.ts';

const throwing = (): KeyValueStorage => ({
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
  length: 0,
  key: () => null,
});

describe('SafeStorage', () => {
  it('never throws when the storage refuses everything, and keeps values in memory', () => {
    const s = new SafeStorage(throwing());
    let told = 0;
    s.onDegraded(() => told++);
    expect(() => s.set('k', 'v')).not.toThrow();
    expect(s.get('k')).toBe('v');
    expect(() => s.remove('k')).not.toThrow();
    expect(s.degraded).toBe(true);
    expect(told).toBe(1);
  });

  it('works from memory when there is no storage at all', () => {
    const s = new SafeStorage(null);
    s.set('k', 'v');
    expect(s.get('k')).toBe('v');
    expect(s.degraded).toBe(true);
  });

  it('falls back to memory when the storage fills up mid-game', () => {
    const backend = memoryStorage();
    let full = false;
    const filling: KeyValueStorage = {
      ...backend,
      get length() {
        return backend.length;
      },
      key: (i) => backend.key(i),
      getItem: (k) => backend.getItem(k),
      removeItem: (k) => backend.removeItem(k),
      setItem: (k, v) => {
        if (full) throw new Error('QuotaExceededError');
        backend.setItem(k, v);
      },
    };
    const s = new SafeStorage(filling);
    s.set('a', '1');
    full = true;
    s.set('a', '2');
    expect(s.get('a')).toBe('2');
    expect(s.degraded).toBe(true);
  });
});

describe('loading a save', () => {
  const storageWith = (raw: string) => {
    const backend = memoryStorage();
    backend.setItem(SAVE_KEY, raw);
    return { backend, safe: new SafeStorage(backend) };
  };

  it('backs up a corrupt save, starts clean and says so', () => {
    const { backend, safe } = storageWith('{"version":2,"settings":');
    const loaded = loadSave(safe);
    expect(loaded.save).toBeNull();
    expect(loaded.notices).toContain('save-unreadable');
    const backup = backend.getItem(`${BACKUP_PREFIX}1`);
    expect(JSON.parse(backup ?? '{}').raw).toBe('{"version":2,"settings":');
    expect(backend.getItem(SAVE_KEY)).toBeNull();
  });

  it('backs up a save of the right JSON but the wrong shape', () => {
    const { backend, safe } = storageWith(
      JSON.stringify({ version: SAVE_VERSION, settings: { language: 'de' } }),
    );
    expect(loadSave(safe).notices).toContain('save-unreadable');
    expect(backend.getItem(`${BACKUP_PREFIX}1`)).not.toBeNull();
  });

  it('migrates a version-1 save, keeping the player’s settings and career', () => {
    const results = [{ missionId: 'm', stars: 2, score: 61 }];
    const career = { seed: 5, index: 1, results, factsMet: ['F23'], done: false };
    const old = {
      version: 1,
      settings: { lang: 'en', sound: false },
      career,
      run: { missionId: 'm', seed: 5, choices: [] },
    };
    const { backend, safe } = storageWith(JSON.stringify(old));
    const loaded = loadSave(safe);
    expect(loaded.save?.version).toBe(SAVE_VERSION);
    expect(loaded.save?.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'en', muted: true });
    expect(loaded.save?.career).toMatchObject({
      seed: 5,
      reputation: 20,
      history: [{ missionId: 'm', stars: 2, score: 61, contract: null, rank: 'stagiaire' }],
      factsMet: ['F23'],
      done: false,
    });
    expect(loaded.save?.run).toBeNull();
    expect(loaded.notices).toContain('save-migrated');
    expect(backend.getItem(`${BACKUP_PREFIX}1`)).not.toBeNull();
  });

  it('migrates a version-3 save: the player keeps language and mute, the new settings start at their defaults', () => {
    const old = { version: 3, settings: { language: 'en', muted: true }, career: null, run: null };
    const loaded = loadSave(storageWith(JSON.stringify(old)).safe);
    expect(loaded.save?.settings).toEqual({
      language: 'en',
      muted: true,
      musicVolume: 0.5,
      effectsVolume: 0.8,
      textStep: 0,
      highContrast: false,
      reducedMotion: false,
      dyslexicFont: false,
    });
  });

  it('backs up a save whose settings are out of range', () => {
    const bad = { version: SAVE_VERSION, settings: { ...DEFAULT_SETTINGS, language: 'fr', musicVolume: 3 } };
    const { backend, safe } = storageWith(JSON.stringify({ ...bad, career: null, run: null }));
    const loaded = loadSave(safe);
    expect(loaded.save).toBeNull();
    expect(JSON.parse(backend.getItem(`${BACKUP_PREFIX}1`) ?? '{}').reason).toMatch(/musicVolume/);
  });

  it('sets aside a save from a newer version of the game instead of dropping it', () => {
    const { backend, safe } = storageWith(JSON.stringify({ version: 99, settings: {} }));
    expect(loadSave(safe).save).toBeNull();
    expect(JSON.parse(backend.getItem(`${BACKUP_PREFIX}1`) ?? '{}').reason).toMatch(/newer/);
  });

  it('reports an unusable storage as a notice rather than an error', () => {
    expect(loadSave(new SafeStorage(throwing())).notices).toEqual(['storage-unavailable']);
  });
});
