import type { Card } from '../../content/types.ts';
import { t } from '../../i18n/t.ts';
import { place, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { ACTIVITY_NAMES, CARD_NEED_NAMES } from '../names.ts';
import { PAGER_W, pager } from '../parts/pager.ts';

/** What the deck's and the storyboard's lists share: a card's words, the rows that fit, the title, the pager. */

/** A card's row: its least height, and the most it takes on a roomy screen. */
const ROW_MIN_H = 60;
const ROW_MAX_H = 76;

/**
 * What a card is, in one line: its learning type, its hours, its role and what it needs. In the storyboard's
 * narrower rows, `short` keeps the type, the hours and a one-word role.
 */
export function cardDetail(card: Card, short = false): string {
  const parts = [t('deck.card', { type: t(ACTIVITY_NAMES[card.type]), n: card.hours })];
  if (card.role === 'intro') parts.push(t(short ? 'role.introShort' : 'role.intro'));
  if (card.role === 'assess') parts.push(t('role.assess'));
  if (card.requires && !short) parts.push(t(CARD_NEED_NAMES[card.requires]));
  return parts.join(' · ');
}

/**
 * How many rows of cards fit `room` under a title, leaving a line for the pager when there are pages (unless
 * the pager has a place of its own).
 */
export function layoutRows(room: number, count: number, pagerApart: boolean): { per: number; rowH: number } {
  const pitch = ROW_MIN_H + space.s;
  const all = Math.max(1, Math.floor((room + space.s) / pitch));
  const listRoom = count <= all || pagerApart ? room : room - control.h - space.s;
  const per = Math.max(1, Math.min(count, Math.floor((listRoom + space.s) / pitch)));
  const rowH = Math.min(ROW_MAX_H, Math.floor((listRoom + space.s) / per) - space.s);
  return { per, rowH: Math.max(ROW_MIN_H, rowH) };
}

/** The pager of a list: in its own place when given one, else under the list. */
export function listPager(
  scene: GameScene,
  r: Rect,
  bar: Rect | undefined,
  o: { key: string; page: number; pages: number; go: (n: number) => void },
): void {
  const where = bar ?? {
    ...place(r, 'start', Math.min(r.w, PAGER_W)),
    y: r.y + r.h - control.h,
    h: control.h,
  };
  pager(scene, where, o);
}

export function listTitle(scene: GameScene, r: Rect, text: string, show: boolean): number {
  if (!show) return r.y;
  const title = label(scene, r.x, r.y, text, {
    bold: true,
    width: r.w,
    maxHeight: 40,
    layer: scene.services.layer,
    tag: 'h2',
  });
  return title.y + title.height + space.s;
}
