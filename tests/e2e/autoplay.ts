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
    if (run.phase === 'brief' && !mission.express)
      for (const o of rotate(mission.objectives).slice(0, cat.rules.objectivePicks))
        choose({ t: 'objective', id: o.id, on: true });
    if (run.phase === 'design') {
      const format = mission.formats[variant % mission.formats.length];
      choose({ t: 'format', id: format });
      if (!mission.express) {
        // The intro, then the cards in the deck's order (or reversed), as long as the format holds them.
        const intro = mission.deck.filter((c) => c.role === 'intro');
        const rest = mission.deck.filter((c) => c.role !== 'intro');
        const ids = [];
        let hours = 0;
        for (const c of [...intro, ...(variant % 2 ? rest.reverse() : rest)])
          if (hours + c.hours <= cat.formats[format].maxHours && hours < mission.hours) {
            ids.push(c.id);
            hours += c.hours;
          }
        choose({ t: 'order', ids });
        choose({ t: 'evaluation', id: rotate(Object.keys(cat.evaluations))[0], on: true });
      }
    }
    if (run.phase === 'develop') {
      const tools = rotate(Object.keys(cat.tools));
      for (const id of tools) if (store.getState().run.tools.length < 2) choose({ t: 'tool', id, on: true });
      choose({ t: 'role', id: rotate(Object.keys(cat.roles))[0], on: true });
    }
    if (run.phase === 'production') {
      for (const e of run.events) tryOptions('event', e.id, cat.events[e.id]?.options ?? []);
      if (run.pilot) choose({ t: 'pilot', revise: variant % 2 === 0 });
    }
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
