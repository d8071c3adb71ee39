import { describe, expect, it } from 'vitest';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { loadSave, SAVE_KEY } from '../../../src/state/saveGame.ts';
import { DEFAULT_SETTINGS, SAVE_VERSION } from '../../../src/state/saveSchema.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { realCatalogue } from '../fixtures.ts';

function storageWith(language: string) {
  const backend = memoryStorage();
  const save = {
    version: SAVE_VERSION,
    settings: { ...DEFAULT_SETTINGS, language },
    career: null,
    run: null,
  };
  backend.setItem(SAVE_KEY, JSON.stringify(save));
  return new SafeStorage(backend);
}

const cat = realCatalogue();

describe('the language kept in a save', () => {
  it('may be any language id, so a new language needs no save migration', () => {
    expect(loadSave(storageWith('pt-br')).save?.settings.language).toBe('pt-br');
    expect(loadSave(storageWith('Português')).save).toBeNull();
  });

  it('plays on in the default language, with a notice, when this build does not ship it', () => {
    const store = createGameStore({ catalogue: cat, storage: storageWith('pt-br'), newSeed: () => 1 });
    expect(store.getState().settings.language).toBe('fr');
    expect(store.getState().notices).toEqual(['language-unavailable']);
  });

  it('keeps a shipped language without a word', () => {
    const store = createGameStore({ catalogue: cat, storage: storageWith('en'), newSeed: () => 1 });
    expect(store.getState().settings.language).toBe('en');
    expect(store.getState().notices).toEqual([]);
  });

  it('changes only to a language the game ships', () => {
    const store = createGameStore({ catalogue: cat, storage: storageWith('en'), newSeed: () => 1 });
    store.getState().setLanguage('pt-br');
    expect(store.getState().settings.language).toBe('en');
  });
});
