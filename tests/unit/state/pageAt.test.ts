import { describe, expect, it } from 'vitest';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { createGameStore } from '../../../src/state/store.ts';
import { handCatalogue } from '../fixtures.ts';

const store = () =>
  createGameStore({
    catalogue: handCatalogue(),
    storage: new SafeStorage(memoryStorage()),
    newSeed: () => 7,
  });

describe('a page opened at one of its entries', () => {
  it('opens the codex at a word and, closed, goes back to the screen it was opened from at its start', () => {
    const s = store();
    s.getState().newCareer();
    s.getState().chooseBackground('b');
    s.getState().closeRankUp();
    s.getState().openPage('codex', 'alignement');
    expect(s.getState()).toMatchObject({ screen: 'codex', pageAt: 'alignement', returnTo: ['offers'] });
    s.getState().closePage();
    expect(s.getState()).toMatchObject({ screen: 'offers', pageAt: null, returnTo: [] });
    s.getState().openPage('codex');
    expect(s.getState().pageAt).toBeNull();
  });
});
