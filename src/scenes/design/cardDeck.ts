import type { Card, Mission } from '../../content/types.ts';
import { ACTIVITIES } from '../../content/vocabulary.ts';
import { labelled, money, t, tx } from '../../i18n/t.ts';
import { cardsOf, hoursByType, totalHours } from '../../sim/design.ts';
import { ACTIVITY_ICONS } from '../../ui/activityIcons.ts';
import { columns, place, type Rect, rows } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, LINE, size, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { ACTIVITY_NAMES } from '../names.ts';
import { PAGER_W } from '../parts/pager.ts';
import { cardDetail, layoutRows, listPager, listTitle } from './cardList.ts';
import { addCard, pageWithin } from './storyEdits.ts';
import { storyList } from './storyRows.ts';

/** Both lists side by side need this much width; with less they are two tabs. */
const SIDE_BY_SIDE_W = 860;
/** Narrower but at least this high, they are one above the other; smaller still, two tabs. */
const STACKED_MIN_H = 760;
const TAB_W = 220;

export type DeckTab = 'deck' | 'story';

export interface CardDeckState {
  order: string[];
  maxHours: number;
  budget: number;
  /** What the design would cost with this storyboard (its production and the evaluation chosen). */
  costOf: (order: string[]) => number;
  deckPage: number;
  storyPage: number;
  tab: DeckTab;
}

export interface CardDeckActions {
  /** A new storyboard to choose; false when the rules refuse it. */
  choose: (order: string[]) => boolean;
  /** Redraws with new pages or tab. */
  view: (next: Partial<CardDeckState>) => void;
}

/** Why a card cannot join the storyboard now, if it cannot: too long for the format, or too dear. */
function blocked(c: Card, hours: number, s: CardDeckState): 'deck.tooLong' | 'deck.tooDear' | null {
  if (hours + c.hours > s.maxHours) return 'deck.tooLong';
  if (s.costOf(addCard(s.order, c.id)) > s.budget) return 'deck.tooDear';
  return null;
}

/**
 * The storyboard step, as ABC Learning Design runs it: a deck of typed activity cards, and the storyboard
 * the player builds from it in order. The hours by learning type follow from the cards chosen.
 */
export function cardDeck(
  scene: GameScene,
  area: Rect,
  mission: Mission,
  s: CardDeckState,
  a: CardDeckActions,
): void {
  const story = cardsOf(s.order, mission);
  const hours = totalHours(story);
  const top = summary(scene, area, mission, story, s, sizeClass() === 'short');
  const body = { ...area, y: top, h: area.y + area.h - top };
  const deck = mission.deck.filter((c) => !s.order.includes(c.id));
  const add = (c: Card) => {
    if (blocked(c, hours, s) || !a.choose(addCard(s.order, c.id))) return false;
    return true;
  };
  if (body.w >= SIDE_BY_SIDE_W || body.h >= STACKED_MIN_H) {
    // Side by side on a wide screen; one above the other on a tall one (a tablet or a totem upright).
    const [first, second] = (
      body.w >= SIDE_BY_SIDE_W ? columns(body, [1, 1], space.gap) : rows(body, [1, 1], space.gap)
    ) as [Rect, Rect];
    deckList(scene, first, deck, s, a, add, hours);
    storyList(scene, second, story, s, a);
    return;
  }
  const tabsRow = { ...body, h: control.compact };
  const tabsW = Math.min(body.w, 2 * TAB_W + space.m);
  const tabs = columns(place(tabsRow, 'start', tabsW), [1, 1], space.m);
  // The pager beside the tabs where the row has room for it: the list keeps the height below.
  const besideW = body.w - tabsW - space.l;
  const bar = besideW >= PAGER_W ? place(tabsRow, 'end', PAGER_W, control.compact) : undefined;
  (['deck', 'story'] as const).forEach((tab, i) => {
    const open = s.tab === tab;
    scene
      .btnPublic({
        ...(tabs[i] as Rect),
        key: `deck-tab-${tab}`,
        text:
          tab === 'deck' ? t('deck.showDeck', { n: deck.length }) : t('deck.showStory', { n: story.length }),
        variant: open ? 'primary' : 'secondary',
        // Where the lists are tabs, the other list's tab answers a card moved to it.
        answers: mission.deck.map((c) => `${tab === 'story' ? 'card' : 'remove'}-${c.id}`),
        onPress: () => a.view({ tab }),
      })
      .el.setAttribute('aria-pressed', String(open));
  });
  const under = below(tabsRow);
  if (s.tab === 'deck') deckList(scene, under(body), deck, s, a, add, hours, false, bar);
  else storyList(scene, under(body), story, s, a, false, bar);
}

const below = (row: Rect) => (r: Rect) => ({
  ...r,
  y: row.y + row.h + space.m,
  h: r.y + r.h - row.y - row.h - space.m,
});

/**
 * The hours so far against the hours planned (and the format's limit), then the hours by type; returns where
 * it ends. A phone turned sideways keeps one line: the hours and the limit.
 */
function summary(
  scene: GameScene,
  area: Rect,
  mission: Mission,
  story: Card[],
  s: CardDeckState,
  oneLine: boolean,
): number {
  const layer = scene.services.layer;
  const hours = totalHours(story);
  const maxHours = s.maxHours;
  const said = t('deck.hours', { n: hours, planned: mission.hours });
  const cost = t('deck.cost', { cost: money(s.costOf(s.order)), budget: money(s.budget) });
  if (oneLine) {
    const line = label(scene, area.x, area.y, `${said} · ${t('deck.max', { n: maxHours })} · ${cost}`, {
      size: 'small',
      bold: true,
      color: hours > maxHours ? color.orange : color.ink,
      maxWidth: area.w,
      layer,
      tag: 'h2',
    });
    return line.y + line.height + space.s;
  }
  const head = label(scene, area.x, area.y, said, {
    bold: true,
    color: hours > maxHours ? color.orange : color.ink,
    width: area.w,
    maxHeight: Math.ceil(size.body * LINE) * 2,
    layer,
    tag: 'h2',
  });
  const limit = label(scene, area.x, head.y + head.height, `${t('deck.max', { n: maxHours })} · ${cost}`, {
    size: 'small',
    color: color.inkSoft,
    width: area.w,
    layer,
  });
  const byType = hoursByType(story);
  const parts = ACTIVITIES.flatMap((type, i) =>
    (byType[i] ?? 0) > 0 ? [`${t(ACTIVITY_NAMES[type])} ${byType[i]} h`] : [],
  );
  if (parts.length === 0) return limit.y + limit.height + space.m;
  const mix = label(scene, area.x, limit.y + limit.height, labelled(t('deck.mixTitle'), parts.join(' · ')), {
    size: 'small',
    color: color.inkSoft,
    width: area.w,
    maxHeight: Math.ceil(size.small * LINE) * 2,
    layer,
  });
  return mix.y + mix.height + space.m;
}

function deckList(
  scene: GameScene,
  r: Rect,
  deck: Card[],
  s: CardDeckState,
  a: CardDeckActions,
  add: (c: Card) => boolean,
  hours: number,
  titled = true,
  bar?: Rect,
): void {
  const top = listTitle(scene, r, `${t('deck.title')} (${deck.length})`, titled);
  const { per, rowH } = layoutRows(r.y + r.h - top, deck.length, !!bar);
  const page = pageWithin(s.deckPage, deck.length, per);
  deck.slice(page * per, page * per + per).forEach((c, i) => {
    const name = tx(c.name);
    const why = blocked(c, hours, s);
    scene.btnPublic({
      x: r.x,
      y: top + i * (rowH + space.s),
      w: r.w,
      h: rowH,
      variant: 'choice',
      compact: true,
      icon: ACTIVITY_ICONS[c.type],
      text: name,
      detail: cardDetail(c),
      unavailable: !!why,
      sound: null,
      key: `card-${c.id}`,
      // A card taken out of the storyboard lands back in the deck.
      answers: [`remove-${c.id}`],
      ariaLabel: `${name}, ${cardDetail(c)} — ${t('deck.add')}${why ? `. ${t(why)}` : ''}`,
      onPress: () => {
        if (add(c)) scene.services.audio.play('select');
        else scene.services.audio.play('error');
      },
    });
  });
  listPager(scene, r, bar, {
    key: 'deck',
    page,
    pages: Math.ceil(deck.length / per),
    go: (n) => a.view({ deckPage: n }),
  });
}
