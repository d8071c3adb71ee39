import type { Text } from '../../content/primitives.ts';
import { t, tx } from '../../i18n/t.ts';
import type { Button } from '../../ui/button.ts';
import { grid, place, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** A tool or a team member the player may add to the plan. */
export interface Pick {
  kind: 'tool' | 'role';
  id: string;
  name: Text;
  description: Text;
  price: string;
  /** The colleague who fills this role (the studio's cast): their portrait, name and what they are like. */
  who?: { id: string; name: string; trait: Text };
  button?: Button;
}

/** The pager's width (‹ 1 / 2 ›) and its buttons'. */
export const PAGER_W = 180;
const PAGER_BTN = 52;

export interface PickPage {
  /** Where the cards go, in `cols` columns of cards `cardH` high. */
  area: Rect;
  cols: number;
  rows: number;
  cardH: number;
  /** Where the pager goes when the cards take more than a page (its right end). */
  pager: Rect;
  /** The page asked for (kept across the scene's restarts). */
  page: number;
  turn: (page: number) => void;
  toggle: (p: Pick) => void;
}

/** A page of choice cards, with buttons to turn the pages when there are more than one. */
export function pickPages(scene: GameScene, items: Pick[], kind: 'tool' | 'role', o: PickPage): void {
  const per = o.cols * o.rows;
  const pages = Math.ceil(items.length / per);
  const page = Math.min(o.page, pages - 1);
  if (pages > 1) {
    const what =
      kind === 'tool'
        ? t('develop.toolsPage', { n: page + 1, total: pages })
        : t('develop.teamPage', { n: page + 1, total: pages });
    const pager = place(o.pager, 'end', PAGER_W, control.touch);
    const where = label(scene, pager.x + PAGER_W / 2, pager.y, `${page + 1} / ${pages}`, {
      size: 'small',
      bold: true,
      maxWidth: PAGER_W - 2 * PAGER_BTN,
      align: 'center',
      color: color.inkSoft,
    });
    where.setY(pager.y + (pager.h - where.height) / 2);
    scene.btnPublic({
      ...pager,
      w: PAGER_BTN,
      text: '',
      icon: 'arrow-left',
      key: `prev-${kind}`,
      ariaLabel: `${t('develop.previous')} — ${what}`,
      onPress: () => o.turn((page - 1 + pages) % pages),
    });
    scene.btnPublic({
      ...place(pager, 'end', PAGER_BTN),
      text: '',
      icon: 'arrow-right',
      key: `next-${kind}`,
      ariaLabel: `${t('develop.following')} — ${what}`,
      onPress: () => o.turn((page + 1) % pages),
    });
  }
  const cells = grid(o.area, per, o.cols, space.s, o.cardH);
  items.slice(page * per, page * per + per).forEach((p, i) => {
    p.button = scene.btnPublic({
      ...(cells[i] as Rect),
      variant: 'choice',
      compact: true,
      text: tx(p.name),
      detail: p.who ? `${p.who.name} · ${p.price}` : p.price,
      avatar: kind === 'role' ? (p.who?.id ?? `role:${p.id}`) : undefined,
      pressed: false,
      sound: null,
      key: `${kind}-${p.id}`,
      onPress: () => o.toggle(p),
    });
    const about = p.who ? `${tx(p.description)} ${tx(p.who.trait)}` : tx(p.description);
    p.button.el.setAttribute('aria-description', about);
  });
}
