import type * as Phaser from 'phaser';

type SceneClass = new () => Phaser.Scene;

/**
 * Phaser builds every scene it is given at boot, which delays the first screen. The game boots with
 * only its first scene; the others are added just after the first frame, or at once if the router
 * needs one sooner.
 */
export function lateScenes(game: Phaser.Game, scenes: SceneClass[]): () => void {
  let added = false;
  return () => {
    if (added) return;
    added = true;
    scenes.forEach((Scene, i) => {
      // The key given here is a placeholder: Phaser keeps the key the scene's constructor sets.
      game.scene.add(`late-${i}`, Scene, false);
    });
  };
}
