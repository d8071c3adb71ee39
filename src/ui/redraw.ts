import * as Phaser from 'phaser';
import { DrawCost } from './drawCost.ts';

/**
 * Draws the canvas only when something on it may have changed. Most screens of the game stand still
 * between two actions; redrawing them sixty times a second costs nothing on a graphics card but halves
 * the frame rate where drawing runs in software (school PCs, headless browsers). Updates (tweens, timers,
 * input) still run every frame; only the drawing is skipped.
 *
 * A frame is drawn when a tween is playing, when the display list changed, on the frame after any
 * `invalidate()` (the kit calls it when a label, a panel or a button changes, the DOM layer on every
 * pointer, focus and key event), and at least every HEARTBEAT_MS as a safety net.
 */
const AFTER_CHANGE = 1;
const HEARTBEAT_MS = 2000;

let pending = AFTER_CHANGE;
const cost = new DrawCost();

/** Whether decorative motion (a tween drawing every frame) is affordable: drawing here is fast enough. */
export function smoothMotion(): boolean {
  return cost.smooth();
}

/** Asks for the next frames to be drawn. */
export function invalidate(): void {
  pending = AFTER_CHANGE;
}

function tweening(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((s) => s.tweens.getTweens().some((t) => t.isPlaying()));
}

function objectCount(game: Phaser.Game): number {
  return game.scene.getScenes(true).reduce((n, s) => n + s.sys.displayList.length, 0);
}

export function drawOnDemand(game: Phaser.Game, domEvents: HTMLElement): void {
  const renderer = game.renderer;
  const sceneRender = game.scene.render.bind(game.scene);
  const preRender = renderer.preRender.bind(renderer);
  const postRender = renderer.postRender.bind(renderer);
  let draw = true;
  let lastDraw = 0;
  let lastCount = -1;

  game.events.on(Phaser.Core.Events.POST_STEP, (time: number) => {
    const count = objectCount(game);
    if (count !== lastCount) invalidate();
    lastCount = count;
    draw = pending > 0 || tweening(game) || time - lastDraw >= HEARTBEAT_MS;
    if (draw) {
      pending = Math.max(0, pending - 1);
      lastDraw = time;
    }
    cost.note(time, draw);
  });
  renderer.preRender = () => {
    if (draw) preRender();
  };
  game.scene.render = (r) => {
    if (draw) sceneRender(r);
    // The scene manager ends its frame in render(): until then it holds back every scene start and stop.
    else (game.scene as unknown as { isProcessing: boolean }).isProcessing = false;
  };
  renderer.postRender = () => {
    if (draw) postRender();
  };

  game.scale.on(Phaser.Scale.Events.RESIZE, invalidate);
  for (const type of [
    'pointerover',
    'pointerout',
    'pointerdown',
    'pointerup',
    'focusin',
    'focusout',
    'keydown',
    'input',
  ])
    domEvents.addEventListener(type, invalidate, true);
  for (const type of ['pointermove', 'pointerdown', 'pointerup'])
    game.canvas.addEventListener(type, invalidate);
}
