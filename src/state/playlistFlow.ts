import type { Catalogue } from '../content/types.ts';
import { offers } from '../sim/career.ts';
import type { GameStore } from './store.ts';

/** Kiosk visitors and pupils all start from the same background, so a class compares like with like. */
export function modeBackground(cat: Catalogue): string {
  const first = Object.keys(cat.backgrounds)[0];
  if (!first) throw new Error('The catalogue has no background.');
  return first;
}

/**
 * Starts or resumes a kiosk or class run: the career of the store's playlist, begun with the shared
 * background, going straight to the next mission instead of the job board.
 */
export function playNextMission(store: GameStore, cat: Catalogue): void {
  if (!store.getState().career) {
    store.getState().chooseBackground(modeBackground(cat));
    // A class run opens on the first post's screen; its way on comes back here.
    if (store.getState().screen === 'rankup') return;
  }
  const s = store.getState();
  if (!s.career || s.career.done) return;
  if (s.run) {
    s.continueCareer();
    return;
  }
  const next = offers(s.career, cat)[0];
  if (next) s.acceptOffer(next.missionId);
}
