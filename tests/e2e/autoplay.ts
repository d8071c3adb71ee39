import type { Page } from 'playwright-core';

/**
 * Runs in the page, as plain JavaScript text so no test transpiler can add helpers the page lacks. It
 * plays the mission on screen to its results through the store's own actions (what the buttons call).
 */
const PLAY = `(variant) => {
  const { store, catalogue: cat } = window.pedago;
  const choose = (c) => store.getState().choose(c);
  const rotate = (list) => [...list.slice(variant % list.length), ...list.slice(0, variant % list.length)];
  const tryOptions = (t, id, options) => {
    for (const o of rotate(options)) if (choose({ t, id, option: o.id })) return;
  };
  for (let guard = 0; guard < 20; guard++) {
    const run = store.getState().run;
    if (!run || run.phase === 'evaluate') return;
    const mission = cat.missions[run.missionId];
    if (run.phase === 'design') {
      choose({ t: 'format', id: mission.formats[variant % mission.formats.length] });
      const hours = [0, 1, 2, 3, 4, 5].map((i) => Math.floor(mission.hours / 6) + (i < mission.hours % 6 ? 1 : 0));
      choose({ t: 'hours', hours });
      const ids = [...mission.sequences].sort((a, b) => a.stage - b.stage).map((s) => s.id);
      choose({ t: 'order', ids: variant % 2 ? ids.reverse() : ids });
    }
    if (run.phase === 'develop') {
      const tools = rotate(Object.keys(cat.tools));
      for (const id of tools) if (store.getState().run.tools.length < 2) choose({ t: 'tool', id, on: true });
      choose({ t: 'role', id: rotate(Object.keys(cat.roles))[0], on: true });
    }
    if (run.phase === 'production')
      for (const e of run.events) tryOptions('event', e.id, cat.events[e.id]?.options ?? []);
    if (run.phase === 'implement')
      for (const l of run.live) {
        const step = cat.live[run.format]?.steps.find((s) => s.id === l.id);
        tryOptions('live', l.id, step?.options ?? []);
      }
    if (!choose({ t: 'next' })) throw new Error('cannot leave the ' + run.phase + ' phase');
  }
  throw new Error('the mission did not end');
}`;

/** Plays the current mission to its results; `variant` picks other choices, so pupils' results differ. */
export async function playMission(page: Page, variant = 0): Promise<void> {
  await page.evaluate(`(${PLAY})(${variant})`);
}
