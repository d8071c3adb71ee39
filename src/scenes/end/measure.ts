import type * as Phaser from 'phaser';
import { label, type TextOptions } from '../../ui/text.ts';

/** The size a text takes with these options (drawn, measured, then put away): to lay out before drawing. */
export function textSize(scene: Phaser.Scene, text: string, o: TextOptions = {}): { w: number; h: number } {
  const probe = label(scene, 0, 0, text, o);
  const size = { w: probe.width, h: probe.height };
  probe.destroy();
  return size;
}

/** The height a text takes at a width. */
export const textH = (scene: Phaser.Scene, text: string, o: TextOptions): number =>
  textSize(scene, text, o).h;
