import type * as Phaser from 'phaser';
import type { CastMember } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { avatar } from '../../ui/avatar.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import { textH } from '../end/measure.ts';
import type { Drawn } from './flow.ts';

/** The portrait's size beside what a character says. */
export const FACE = 48;

/** The height `speaker` takes `w` wide with all the room it wants. */
export function speakerHeight(scene: Phaser.Scene, who: CastMember, words: string, w: number): number {
  const textW = w - FACE - space.m;
  const name = textH(scene, `${who.name} · ${tx(who.trade)}`, { size: 'small', bold: true, width: textW });
  const said = textH(scene, t('cast.says', { words }), { size: 'small', width: textW });
  return Math.max(FACE, Math.min(44, name) + said);
}

/**
 * Someone of the studio's cast speaking: their portrait, their name and trade, then their words in quotes,
 * `w` wide at (x, y). `maxLines` caps the words (they shrink to fit). A block for `flow`, or drawn in place.
 */
export function speaker(
  scene: Phaser.Scene,
  who: CastMember,
  words: string,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
  maxHeight?: number,
): Drawn {
  const face = avatar(scene, x, y, FACE, who.id);
  const textX = x + FACE + space.m;
  const name = label(scene, textX, y, `${who.name} · ${tx(who.trade)}`, {
    size: 'small',
    bold: true,
    color: color.inkSoft,
    width: x + w - textX,
    maxHeight: 44,
    layer,
  });
  const said = label(scene, textX, name.y + name.height, t('cast.says', { words }), {
    size: 'small',
    width: x + w - textX,
    maxHeight: maxHeight ? Math.max(24, y + maxHeight - name.y - name.height) : undefined,
    layer,
    tag: 'p',
  });
  const h = Math.max(FACE, said.y + said.height - y);
  return { h, drawn: [face, name, said] };
}
