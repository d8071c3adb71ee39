import type * as Phaser from 'phaser';
import type { SceneClass } from './registry.ts';

/**
 * Phaser builds every scene it is given at boot, which delays the first screen. The game boots with
 * only its first scene; the others are added just after the first frame, or at once if the router
 * needs one sooner. Each is added under its view's name, the key the router starts it by.
 */
export function lateScenes(game: Phaser.Game, scenes: readonly [string, SceneClass][]): () => void {
  let added = false;
  return () => {
    if (added) return;
    added = true;
    for (const [key, Scene] of scenes) game.scene.add(key, Scene, false);
  };
}
