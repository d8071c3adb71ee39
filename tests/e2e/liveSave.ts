import { greedyPlay } from '../../src/sim/search.ts';
import { SAVE_KEY } from '../../src/state/saveGame.ts';
import { realCatalogue } from './careerSave.ts';
import { careerStarted } from './productionSave.ts';

/**
 * The text of a save at the live moment of a career's first mission of that id, played in `format` with
 * the greedy bot's other choices (those the store accepts), every live step still to take.
 */
export function liveSave(opts: {
  missionId: string;
  format: string;
  seed?: number;
  reducedMotion?: boolean;
  language?: 'fr' | 'en';
}): string {
  const cat = realCatalogue();
  const { store, storage } = careerStarted(opts);
  const s = () => store.getState();
  s().acceptOffer(opts.missionId);
  const run = s().run;
  const mission = cat.missions[opts.missionId];
  if (!run || !mission) throw new Error(`"${opts.missionId}" is not on offer`);
  for (const c of greedyPlay(mission, run.seed, cat)?.choices ?? []) {
    if (c.t === 'live' || s().run?.phase === 'implement') break;
    s().choose(c.t === 'format' ? { t: 'format', id: opts.format } : c);
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
  if (s().run?.phase !== 'implement' || s().run?.format !== opts.format)
    throw new Error(`could not reach the live moment of "${opts.missionId}" in ${opts.format}`);
  const text = storage.getItem(SAVE_KEY);
  if (!text) throw new Error('nothing saved');
  const save = JSON.parse(text);
  save.settings.reducedMotion = opts.reducedMotion ?? false;
  return JSON.stringify(save);
}
