import type { Catalogue } from '../../../src/content/types.ts';
import { sensibleStoryboard } from '../../../src/sim/storyboards.ts';
import type { GameStore } from '../../../src/state/store.ts';

/** Plays the store's current mission to its results with the store's own actions; `variant` varies the choices. */
export function playThrough(store: GameStore, cat: Catalogue, variant = 0): void {
  const choose = (c: Parameters<ReturnType<GameStore['getState']>['choose']>[0]) =>
    store.getState().choose(c);
  const rotate = <T>(list: T[]) => [
    ...list.slice(variant % list.length),
    ...list.slice(0, variant % list.length),
  ];
  for (let guard = 0; guard < 20; guard++) {
    const run = store.getState().run;
    if (!run || run.phase === 'evaluate') return;
    const mission = cat.missions[run.missionId];
    if (!mission) throw new Error(`no mission ${run.missionId}`);
    if (run.phase === 'brief' && !mission.express)
      for (const o of rotate(mission.objectives).slice(0, cat.rules.objectivePicks))
        choose({ t: 'objective', id: o.id, on: true });
    if (run.phase === 'design') {
      const format = rotate(mission.formats)[0] as string;
      choose({ t: 'format', id: format });
      if (!mission.express) {
        const objectives = store.getState().run?.objectives ?? [];
        const ids = sensibleStoryboard(mission, objectives, cat.formats[format]?.maxHours ?? mission.hours);
        choose({ t: 'order', ids: variant % 2 ? ids.reverse() : ids });
        choose({ t: 'evaluation', id: rotate(Object.keys(cat.evaluations))[0] as string, on: true });
      }
    }
    if (run.phase === 'develop') {
      for (const id of rotate(Object.keys(cat.tools)))
        if ((store.getState().run?.tools.length ?? 0) < 2) choose({ t: 'tool', id, on: true });
      choose({ t: 'role', id: rotate(Object.keys(cat.roles))[0] as string, on: true });
    }
    const options = (t: 'event' | 'live', id: string, list: { id: string }[]) => {
      for (const o of rotate(list)) if (choose({ t, id, option: o.id })) return;
    };
    if (run.phase === 'production') {
      for (const e of run.events) options('event', e.id, cat.events[e.id]?.options ?? []);
      if (run.pilot) choose({ t: 'pilot', revise: variant % 2 === 0 });
    }
    if (run.phase === 'implement')
      for (const l of run.live)
        options('live', l.id, cat.live[run.format ?? '']?.steps.find((s) => s.id === l.id)?.options ?? []);
    if (!choose({ t: 'next' })) throw new Error(`cannot leave the ${run.phase} phase`);
  }
  throw new Error('the mission did not end');
}
