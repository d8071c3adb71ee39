import * as Phaser from 'phaser';
import type { RouteSource } from '../state/modeRoutes.ts';
import type { View } from '../state/views.ts';

/**
 * Keeps exactly one game scene running: the one registered for the view the route (read from the store's
 * state) calls for; scenes are added under their view's name (src/scenes/registry.ts).
 * Changes are applied at the next game step, once: several actions in a row (a replay, a test) then
 * land on the last screen instead of queueing every screen in between.
 */
export function startRouter(
  game: Phaser.Game,
  route: RouteSource,
  ensureScenes: () => void = () => {},
): () => void {
  let current: View | null = null;
  let scheduled = false;
  const apply = () => {
    scheduled = false;
    const key = route.view();
    if (key === current) return;
    current = key;
    ensureScenes();
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    }
    // Always with fresh data: Phaser would otherwise hand a scene the data of its last restart (the step
    // of the previous mission's design, the page of a list).
    if (game.scene.isActive(key)) game.scene.getScene(key)?.scene.restart({});
    else game.scene.start(key, {});
  };
  const show = () => {
    if (scheduled) return;
    scheduled = true;
    game.events.once(Phaser.Core.Events.PRE_STEP, apply);
  };
  const first = route.view();
  if (game.scene.isActive(first)) current = first;
  else apply();
  return route.subscribe(show);
}
