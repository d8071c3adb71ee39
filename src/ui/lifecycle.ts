import * as Phaser from 'phaser';

/** Runs fn once when the scene shuts down: the one place widgets and scenes release what they hold. */
export function onShutdown(scene: Phaser.Scene, fn: () => void): void {
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, fn);
}
