import type * as Phaser from 'phaser';
import type { RouteSource } from '../state/modeRoutes.ts';
import type { SceneKey } from '../state/views.ts';

/** Keeps exactly one game scene running: the one the route (read from the store's state) calls for. */
export function startRouter(game: Phaser.Game, route: RouteSource): () => void {
  let current: SceneKey | null = null;
  const show = () => {
    const key = route.key();
    if (key === current) return;
    current = key;
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    }
    if (game.scene.isActive(key)) game.scene.getScene(key)?.scene.restart();
    else game.scene.start(key);
  };
  const first = route.key();
  if (game.scene.isActive(first)) current = first;
  else show();
  return route.subscribe(show);
}
