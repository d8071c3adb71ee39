import { type GameSize, gameSizeFor } from './viewport.ts';

let current: GameSize = gameSizeFor(1280, 720);

/**
 * The game's size in game px (what screens lay themselves out in) and how many device pixels each takes.
 * Phaser's own game size is the canvas's, in device pixels: scenes read this instead (GameScene zooms its
 * camera by the resolution, so a game px drawn is `resolution` device pixels).
 */
export const stage = (): GameSize => current;

export function setStage(size: GameSize): void {
  current = size;
}
