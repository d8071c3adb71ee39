import type * as Phaser from 'phaser';
import { label } from '../../ui/text.ts';
import { space } from '../../ui/theme.ts';

/** A choice card's text room: from its left edge with an icon, and its right margin (src/ui/button.ts). */
export const CHOICE_TEXT_X = { icon: 64, plain: 20 } as const;
const CHOICE_RIGHT = 20;
/** The share of a card's height its details may take before the kit shortens them (src/ui/button.ts). */
const DETAIL_SHARE = 0.6;

/** The height a choice card `w` wide needs to show its title and its details whole. */
export function choiceHeight(
  scene: Phaser.Scene,
  title: string,
  detail: string,
  w: number,
  withIcon: boolean,
): number {
  const textW = w - (withIcon ? CHOICE_TEXT_X.icon : CHOICE_TEXT_X.plain) - CHOICE_RIGHT;
  const head = label(scene, 0, 0, title, { bold: true, width: textW });
  const more = label(scene, 0, 0, detail, { size: 'small', width: textW });
  const needs = Math.max(more.height / DETAIL_SHARE, head.height + more.height + space.l + space.xs);
  head.destroy();
  more.destroy();
  return Math.ceil(needs);
}
