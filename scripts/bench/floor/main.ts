/** The benchmark's floor: the least a Phaser 4 game can ship and the soonest it can show a frame. */
import * as Phaser from 'phaser';

class Empty extends Phaser.Scene {
  constructor() {
    super('empty');
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  width: 1280,
  height: 720,
  scale: { mode: Phaser.Scale.FIT },
  audio: { noAudio: true },
  scene: Empty,
});

game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  Object.assign(window, { __firstFrame: performance.now(), __renderer: game.renderer.type });
});
