import type * as Phaser from 'phaser';
import type { GameStore } from '../state/store.ts';
import { type SceneKey, sceneFor } from '../state/views.ts';

/** Keeps exactly one game scene running: the one the store's state calls for. */
export function startRouter(game: Phaser.Game, store: GameStore): () => void {
  const show = (key: SceneKey) => {
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    }
    if (game.scene.isActive(key)) game.scene.getScene(key)?.scene.restart();
    else game.scene.start(key);
  };
  const first = sceneFor(store.getState());
  if (!game.scene.isActive(first)) show(first);
  return store.subscribe(sceneFor, show);
}
