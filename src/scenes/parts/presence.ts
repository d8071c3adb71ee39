import type { CastMember } from '../../content/types.ts';
import { avatar } from '../../ui/avatar.ts';
import type { Button } from '../../ui/button.ts';
import type { Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

const FACE = 40;
/** Narrower than this, the row keeps its buttons alone. */
const LEAST_W = 280;

/** What the action row leaves free between its buttons (the way back, if any, and the way on). */
export function freeBetween(row: Rect, buttons: (Button | undefined)[]): Rect {
  let from = row.x;
  let to = row.x + row.w;
  for (const b of buttons) {
    if (!b) continue;
    const x = b.container.x;
    const w = (b.container.getData('box') as { w: number }).w;
    if (x + w / 2 < row.x + row.w / 2) from = Math.max(from, x + w + space.l);
    else to = Math.min(to, x - space.l);
  }
  return { ...row, x: from, w: Math.max(0, to - from) };
}

/**
 * Someone of the cast present on a screen where nobody else is (the client waiting for the design): their
 * portrait and a short line in `free`, where there is room for them.
 */
export function presence(scene: GameScene, who: CastMember | undefined, words: string, free: Rect): void {
  if (!who || free.w < LEAST_W) return;
  const y = free.y + (free.h - FACE) / 2;
  avatar(scene, free.x, y, FACE, who.id);
  const said = label(scene, free.x + FACE + space.m, free.y, words, {
    size: 'small',
    color: color.inkSoft,
    width: free.w - FACE - space.m,
    maxHeight: free.h,
    layer: scene.services.layer,
  });
  said.setY(free.y + (free.h - said.height) / 2);
}
