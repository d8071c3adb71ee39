import { loadLevels } from '../../src/content/validate.ts';
import { offers } from '../../src/sim/career.ts';
import { colleaguesOf } from '../../src/sim/cast.ts';
import { greedyPlay } from '../../src/sim/search.ts';
import { memoryStorage, SafeStorage } from '../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../src/state/saveGame.ts';
import { createGameStore } from '../../src/state/store.ts';
import { readLevelFiles } from '../readLevels.ts';

/**
 * A save at the production weeks of a first mission whose team is full (as many members as the mission
 * allows, all of them named colleagues): the busiest production screen, every desk at work.
 */
export function fullTeamSave(): { save: string; team: string[] } {
  const { catalogue: cat } = loadLevels(readLevelFiles('levels'));
  if (!cat) throw new Error('bench: the levels do not load (npm run levels:check)');
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
