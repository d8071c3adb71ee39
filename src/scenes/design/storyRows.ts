import type { Card } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { answeredPress, liftLoose } from '../../ui/landing.ts';
import type { Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { CardDeckActions, CardDeckState } from './cardDeck.ts';
import { cardDetail, layoutRows, listPager, listTitle } from './cardList.ts';
import { move, pageWithin, removeCard } from './storyEdits.ts';

/** The numbered disc of a storyboard row. */
const NUMBER_R = 15;

/**
 * The storyboard in its order: each card a numbered row, with buttons to move it earlier or later or take it
 * out (by keyboard, pointer or touch), page by page.
 */
export function storyList(
  scene: GameScene,
  r: Rect,
  story: Card[],
  s: CardDeckState,
  a: CardDeckActions,
  titled = true,
  bar?: Rect,
): void {
  const layer = scene.services.layer;
  const top = listTitle(scene, r, `${t('deck.story')} (${story.length})`, titled);
  if (story.length === 0) {
    label(scene, r.x, top + space.s, t('deck.empty'), { color: color.inkSoft, width: r.w, layer });
    return;
  }
  const { per, rowH } = layoutRows(r.y + r.h - top, story.length, !!bar);
  const page = pageWithin(s.storyPage, story.length, per);
  const order = story.map((c) => c.id);
  const btnW = control.icon;
  const arrowsW = 3 * btnW + 2 * space.xs;
  story.slice(page * per, page * per + per).forEach((c, k) => {
    const i = page * per + k;
    const y = top + k * (rowH + space.s);
    const name = tx(c.name);
    const cardW = r.w - arrowsW - space.s;
    const card = panel(scene, r.x, y, cardW, rowH);
    const discX = r.x + space.m + NUMBER_R;
    const disc = scene.add.circle(discX, y + rowH / 2, NUMBER_R, color.blue);
    const n = label(scene, discX, y, String(i + 1), {
      bold: true,
      size: 'small',
      color: color.card,
      align: 'center',
    });
    n.setY(y + (rowH - n.height) / 2);
    const nameX = discX + NUMBER_R + space.s;
    const textW = r.x + cardW - nameX - space.s;
    const title = label(scene, nameX, y + space.xs, `${name}`, {
      bold: true,
      size: 'small',
      width: textW,
      maxHeight: rowH / 2 + 4,
    });
    const detail = label(scene, nameX, title.y + title.height, cardDetail(c, true), {
      size: 'small',
      color: color.inkSoft,
      width: textW,
      maxHeight: y + rowH - title.y - title.height - space.xs,
    });
    const used = title.height + detail.height;
    title.setY(y + (rowH - used) / 2);
    detail.setY(title.y + title.height);
    // The card just added or moved lands in its place.
    if (answeredPress(scene, [`card-${c.id}`, `up-${c.id}`, `down-${c.id}`]))
      liftLoose(scene, [card, disc, n, title, detail], { x: r.x, y, w: cardW, h: rowH });
    label(scene, 0, 0, `${i + 1}. ${name} — ${cardDetail(c)}`, { layer }).setVisible(false);
    const bx = r.x + cardW + space.s;
    const by = y + (rowH - Math.min(rowH, control.compact)) / 2;
    const bh = Math.min(rowH, control.compact);
    const tools: [string, 'arrow-up' | 'arrow-down' | 'x', string, () => void, boolean][] = [
      ['up', 'arrow-up', t('deck.up', { name }), () => a.choose(move(order, i, -1)), i === 0],
      [
        'down',
        'arrow-down',
        t('deck.down', { name }),
        () => a.choose(move(order, i, 1)),
        i === order.length - 1,
      ],
      ['remove', 'x', t('deck.remove', { name }), () => a.choose(removeCard(order, c.id)), false],
    ];
    tools.forEach(([key, ico, aria, press, off], j) => {
      scene.btnPublic({
        x: bx + j * (btnW + space.xs),
        y: by,
        w: btnW,
        h: bh,
        text: '',
        icon: ico,
        key: `${key}-${c.id}`,
        ariaLabel: aria,
        unavailable: off,
        sound: key === 'remove' ? 'deselect' : 'drop',
        onPress: () => {
          if (!off) press();
        },
      });
    });
  });
  listPager(scene, r, bar, {
    key: 'story',
    page,
    pages: Math.ceil(story.length / per),
    go: (p) => a.view({ storyPage: p }),
  });
}
