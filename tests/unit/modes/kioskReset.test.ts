import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS } from '../../../src/modes/kiosk/kioskSettings.ts';
import { setupKiosk } from '../../../src/modes/setup/kioskSetup.ts';
import { kioskFacts } from '../../../src/sim/kioskFacts.ts';
import { realCatalogue } from '../fixtures.ts';
import { playThrough } from './playThrough.ts';

const cat = realCatalogue();
const deps = { catalogue: cat, newSeed: () => 99, random: () => 0.5, language: 'en' as const };

describe('the kiosk run', () => {
  it('starts on the attract loop in French and plays the kiosk playlist to its end screen', () => {
    const kiosk = setupKiosk(6, deps, KIOSK_DEFAULTS);
    expect(kiosk.route.view()).toBe('attract');
    expect(kiosk.store.getState().settings.language).toBe('fr');
    if (kiosk.mode.kind !== 'kiosk') throw new Error('not a kiosk');
    kiosk.mode.start();
    expect(kiosk.store.getState().run?.missionId).toBe(cat.playlists.kiosk[0]);
    expect(kiosk.route.view()).toBe('brief');
    while (!kiosk.store.getState().career?.done) {
      kiosk.mode.start();
      playThrough(kiosk.store, cat);
      kiosk.store.getState().finishMission();
    }
    expect(kiosk.route.view()).toBe('kiosk-end');
  });

  it('goes on to the next mission after a promotion, never back to the attract loop mid-visit', () => {
    const kiosk = setupKiosk(6, deps, KIOSK_DEFAULTS);
    if (kiosk.mode.kind !== 'kiosk') throw new Error('not a kiosk');
    kiosk.mode.start();
    playThrough(kiosk.store, cat);
    kiosk.store.getState().finishMission();
    // What finishing does when the mission earned a promotion.
    kiosk.store.setState({ screen: 'rankup', run: null });
    expect(kiosk.store.getState().run?.missionId).toBe(cat.playlists.kiosk[1]);
    expect(kiosk.route.view()).toBe('brief');
  });

  it('resets to a fresh game with nothing kept', () => {
    const kiosk = setupKiosk(6, deps, KIOSK_DEFAULTS);
    if (kiosk.mode.kind !== 'kiosk') throw new Error('not a kiosk');
    kiosk.store.getState().setLanguage('en');
    kiosk.mode.start();
    kiosk.store.getState().choose({ t: 'next' });
    kiosk.mode.reset();
    const s = kiosk.store.getState();
    expect([s.run, s.career, s.settings.language]).toEqual([null, null, 'fr']);
    expect(kiosk.route.view()).toBe('attract');
  });
});

describe('the kiosk end facts', () => {
  it('are three distinct facts, those of the missions played first', () => {
    const missionId = cat.playlists.kiosk[0] as string;
    const facts = kioskFacts([missionId], cat);
    expect(facts).toHaveLength(3);
    expect(new Set(facts).size).toBe(3);
    for (const id of facts) expect(cat.facts[id]).toBeDefined();
    const own = cat.missions[missionId]?.facts.filter((id) => !cat.facts[id]?.dated) ?? [];
    expect(facts.slice(0, Math.min(3, own.length))).toEqual(own.slice(0, 3));
  });
});
