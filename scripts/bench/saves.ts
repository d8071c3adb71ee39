import { loadLevels } from '../../src/content/validate.ts';
import { offers } from '../../src/sim/career.ts';
import { colleaguesOf } from '../../src/sim/cast.ts';
import { greedyPlay } from '../../src/sim/search.ts';
import { memoryStorage, SafeStorage } from '../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../src/state/saveGame.ts';
import { createGameStore } from '../../src/state/store.ts';
import { readLevelFiles } from '../readLevels.ts';

function catalogue() {
  const { catalogue: cat } = loadLevels(readLevelFiles('levels'));
  if (!cat) throw new Error('bench: the levels do not load (npm run levels:check)');
  return cat;
}

/** The busiest screen: the live webinar of the intern's webinar mission, its chat streaming in, a decision waiting. */
export function liveWebinarSave(missionId = 'webinaire-rentree-etudiants'): string {
  const cat = catalogue();
  const storage = memoryStorage();
  const store = createGameStore({ catalogue: cat, storage: new SafeStorage(storage), newSeed: () => 7 });
  const s = () => store.getState();
  s().newCareer();
  s().chooseBackground('master-e-formation');
  s().closeRankUp();
  s().acceptOffer(missionId);
  const run = s().run;
  const mission = cat.missions[missionId];
  if (!run || !mission) throw new Error(`bench: "${missionId}" could not be accepted`);
  for (const c of greedyPlay(mission, run.seed, cat)?.choices ?? []) {
    if (c.t === 'live' || s().run?.phase === 'implement') break;
    s().choose(c.t === 'format' ? { t: 'format', id: 'webinar' } : c);
  }
  for (let guard = 0; guard < 30 && s().run?.phase !== 'implement'; guard++) {
    const r = s().run;
    if (!r) break;
    for (const e of r.events)
      for (const o of cat.events[e.id]?.options ?? [])
        if (s().choose({ t: 'event', id: e.id, option: o.id })) break;
    if (r.pilot && r.pilot.revise === null) s().choose({ t: 'pilot', revise: true });
    s().choose({ t: 'next' });
  }
  const save = storage.getItem(SAVE_KEY);
  if (s().run?.phase !== 'implement' || s().run?.format !== 'webinar' || !save)
    throw new Error(`bench: could not reach the live webinar of "${missionId}"`);
  return save;
}

/**
 * A save at the production weeks of a first mission whose team is full (as many members as the mission
 * allows, all of them named colleagues): the busiest production screen, every desk at work.
 */
export function fullTeamSave(): { save: string; team: string[] } {
  const cat = catalogue();
  for (let seed = 1; seed <= 200; seed++) {
    const storage = memoryStorage();
    const store = createGameStore({ catalogue: cat, storage: new SafeStorage(storage), newSeed: () => seed });
    const s = () => store.getState();
    s().newCareer();
    s().chooseBackground('bac3-multimedia');
    s().closeRankUp();
    const career = s().career;
    for (const offer of career ? offers(career, cat) : []) {
      const mission = cat.missions[offer.missionId];
      if (!mission || mission.maxTeam < 2) continue;
      s().acceptOffer(offer.missionId);
      const run = s().run;
      if (!run) continue;
      for (const c of greedyPlay(mission, run.seed, cat)?.choices ?? []) {
        if (s().run?.phase === 'production') break;
        s().choose(c);
      }
      const at = s().run;
      const named = at ? colleaguesOf(at.team, cat) : [];
      const save = storage.getItem(SAVE_KEY);
      if (at?.phase === 'production' && named.length === mission.maxTeam && save)
        return { save, team: named.map((c) => c.name) };
      break;
    }
  }
  throw new Error('bench: no career start with a full team of named colleagues in production');
}
