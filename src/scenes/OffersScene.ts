import { money, t, tx } from '../i18n/t.ts';
import { callsBack, clientOf } from '../sim/cast.ts';
import { type CareerView, careerView } from '../state/views.ts';
import { below, columns, columnsThatFit, grid, place, type Rect, sideBySide } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { color, control, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { officeBand } from './office/officeBand.ts';
import { profilePanel } from './office/profilePanel.ts';
import { choiceHeight } from './parts/choiceHeight.ts';
import { pager } from './parts/pager.ts';

/** The toolbar's buttons (codex, settings, menu): their widths. */
const TOOL_W = [344, 228, 144];
/** The intro's room and an offer card's height. */
const INTRO_H = 36;
const OFFER_H = 152;
/** The least an offer card may shrink to before the cards go side by side (a phone turned sideways). */
const OFFER_MIN_H = 120;
/** Under tabs: the least height and width that keep an offer card's details whole. */
const OFFER_LEAST_H = 170;
const OFFER_MIN_W = 300;
/** How much taller than its words need an offer card may grow on a tall screen. */
const ROOMY = 1.25;
/** The office over the inbox: its height at most (a wide screen, a tall one) and at the least. */
const ROOM_H = 200;
const ROOM_H_TALL = 420;
const ROOM_MIN_H = 120;
/** An offer card's least height on a wide screen (its title and two lines of details). */
const OFFER_LEAST_WIDE = 104;
/** The profile's and the inbox's shares of the body, and the least the profile needs beside the inbox. */
const SPLIT = [400, 760];
const PROFILE_MIN_W = 400;
/** The title's least room beside the toolbar in the header; with less the toolbar goes to the action row. */
const TITLE_MIN_W = 400;
/** The two pages' tabs beside the title (a phone turned sideways). */
const TABS_W = 360;
/** Below this width the toolbar's settings and menu show their icons only (their names stay spoken). */
const TOOLBAR_TEXT_W = 560;

type OfficePage = 'profile' | 'inbox';

/** The office between missions: where the career stands, the inbox of offers, the codex and the settings. */
export class OffersScene extends GameScene {
  create(data: { page?: OfficePage; offers?: number } = {}): void {
    const view = careerView(this.state, this.s.catalogue);
    const career = this.state.career;
    if (!view || !career) return;
    this.enter(t('hub.title'));
    // Wide: the title and the toolbar share the header; the profile and the inbox take the rest, down to the
    // bottom margin (no action row: every way on is in the toolbar or the inbox). Smaller: the toolbar takes
    // the action row, and the profile and the inbox are two pages with tabs when they do not fit side by side.
    const { header, body, actions } = this.frame();
    const toolsW = TOOL_W.reduce((a, b) => a + b, 0) + space.l * (TOOL_W.length - 1);
    const inHeader = header.w - toolsW - space.l >= TITLE_MIN_W;
    const tools = inHeader ? place(header, 'end', toolsW) : actions;
    label(this, header.x, header.y, t('hub.title'), {
      size: 'h1',
      bold: true,
      width: (inHeader ? tools.x - space.l : header.x + header.w) - header.x,
      maxHeight: header.h,
    });
    // Level with the title's letters, which sit high in their line.
    if (inHeader) this.toolbar(view, { ...tools, y: header.y - space.xs, h: control.compact });
    else this.toolbar(view, tools, true);
    const room = inHeader ? { ...body, h: actions.y + actions.h - body.y } : body;
    const split = sideBySide(room, SPLIT, PROFILE_MIN_W, space.pad);
    if (!split.stacked) {
      const [side, main] = split.parts as [Rect, Rect];
      profilePanel(this, view, String(career.seed), side);
      this.inbox(view, main);
    } else {
      // The tabs sit beside the title on a phone turned sideways (little height), over the page upright.
      const page = data.page ?? 'inbox';
      const short = sizeClass() === 'short';
      const strip = short
        ? place(
            { ...header, y: header.y + (header.h - control.compact) / 2, h: control.compact },
            'end',
            TABS_W,
          )
        : { ...room, h: control.compact };
      this.pageTabs(page, view.offers.length, strip);
      const rest = short ? room : below(room, strip.y + strip.h + space.l);
      if (page === 'profile') profilePanel(this, view, String(career.seed), rest);
      else this.pagedInbox(view, rest, data.offers ?? 0);
    }
    this.focusDefault();
  }

  /** The two pages' tabs in `strip`. */
  private pageTabs(page: OfficePage, offers: number, strip: Rect): void {
    const [inbox, profile] = columns(strip, [1, 1], space.m) as [Rect, Rect];
    this.btn({
      ...inbox,
      key: 'office-inbox',
      text: t('hub.inboxTab', { n: offers }),
      pressed: page === 'inbox',
      onPress: () => this.refresh({ page: 'inbox' }),
    });
    this.btn({
      ...profile,
      key: 'office-profile',
      text: t('hub.profileTab'),
      ariaLabel: t('hub.profile'),
      pressed: page === 'profile',
      onPress: () => this.refresh({ page: 'profile' }),
    });
  }

  /** The toolbar in `bar`: at its end, or across all of it when it is the screen's action row (`fill`). */
  private toolbar(view: CareerView, bar: Rect, fill = false): void {
    const met = this.state.career?.factsMet.length ?? 0;
    const total = Object.keys(this.s.catalogue.facts).length;
    const toolsW = TOOL_W.reduce((a, b) => a + b, 0) + space.l * (TOOL_W.length - 1);
    // Their own widths at the row's end when they fit, shared in proportion when not, icons only on a phone.
    const textual = bar.w >= TOOLBAR_TEXT_W;
    const widths = textual ? TOOL_W : [bar.w - 2 * (control.icon + space.l), control.icon, control.icon];
    const row = bar.w >= toolsW && !fill ? place(bar, 'end', toolsW) : bar;
    const [codex, settings, menu] = columns(row, widths, space.l) as [Rect, Rect, Rect];
    this.btn({
      ...codex,
      key: 'codex',
      icon: 'book-open',
      text: t('hub.codex', { n: met, total }),
      onPress: () => this.state.openPage('codex'),
    });
    this.btn({
      ...settings,
      icon: 'settings',
      text: textual ? t('title.settings') : '',
      ariaLabel: t('title.settings'),
      onPress: () => this.state.openSettings(),
    });
    this.btn({
      ...menu,
      icon: 'house',
      text: textual ? t('hub.menu') : '',
      ariaLabel: t('hub.menuLong'),
      onPress: () => this.state.backToTitle(),
    });
    label(this, 0, 0, t('offers.progress', { n: view.played + 1, total: view.length }), {
      layer: this.s.layer,
    }).setVisible(false);
  }

  /** The offers under the office (a wide screen): the inbox's name and question are on the room's screen. */
  private inbox(view: CareerView, main: Rect): void {
    const layer = this.s.layer;
    const count = view.offers.length;
    const least = Math.max(OFFER_LEAST_WIDE, ...view.offers.map((o) => this.cardNeeds(o, main.w)));
    const cardsH = count * least + (count - 1) * space.l;
    const roomH = Math.min(ROOM_H, main.h - cardsH - space.l);
    const career = this.state.career;
    const withRoom = !!career && roomH >= ROOM_MIN_H;
    if (career && withRoom) officeBand(this, { ...main, h: roomH }, view, career);
    const heading = label(this, main.x, main.y + space.s, t('hub.inbox'), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    }).setVisible(!withRoom);
    const intro = label(
      this,
      main.x,
      heading.y + heading.height + space.xs,
      t('hub.inboxIntro', { n: view.offers.length }),
      {
        color: color.inkSoft,
        width: main.w,
        maxHeight: INTRO_H,
        layer,
      },
    ).setVisible(!withRoom);
    const top = withRoom ? main.y + roomH + space.l : intro.y + INTRO_H + space.m;
    const list = below(main, top);
    // One under the other; side by side when the cards would get too short (a phone turned sideways).
    const fit = Math.max(1, Math.floor((list.h + space.l) / (OFFER_MIN_H + space.l)));
    // Under the room the cards were measured to fit one under the other.
    const cols = withRoom
      ? 1
      : Math.min(Math.ceil(count / fit), columnsThatFit(list.w, OFFER_MIN_H * 2, count));
    const lines = Math.ceil(count / cols);
    // A wide screen keeps its cards compact; a phone's share the whole height (their details wrap more).
    const shared = (list.h - space.l * (lines - 1)) / lines;
    const cardH = sizeClass() === 'wide' ? Math.min(OFFER_H, shared) : shared;
    const cards = grid(list, count, cols, space.l, cardH);
    view.offers.forEach((offer, i) => {
      this.offerCard(offer, cards[i]);
    });
  }

  /** The height an offer's card needs `w` wide, marked with its sender. */
  private cardNeeds(offer: CareerView['offers'][number], w: number, marked = true): number {
    const text = this.cardText(offer);
    return text ? choiceHeight(this, text.title, text.detail, w, marked) : 0;
  }

  /**
   * The offers under the tabs (the tab names the inbox): the question over them when there is room, and as
   * many cards a page as keep their details whole, one column upright, side by side sideways.
   */
  private pagedInbox(view: CareerView, area: Rect, asked: number): void {
    let main = area;
    const count = view.offers.length;
    const cols = sizeClass() === 'narrow' ? 1 : columnsThatFit(main.w, OFFER_MIN_W, count, space.l);
    const least = Math.max(OFFER_LEAST_H, ...view.offers.map((o) => this.cardNeeds(o, main.w / cols, false)));
    const rowsIn = (h: number) => Math.max(1, Math.floor((h + space.l) / (least + space.l)));
    const question = t('hub.inboxIntro', { n: view.offers.length });
    // The office over the offers where they all keep one page under it (a tall screen).
    const roomH = Math.min(ROOM_H_TALL, main.h / 3);
    const career = this.state.career;
    if (career && roomH >= ROOM_MIN_H && cols * rowsIn(main.h - roomH - space.l) >= count) {
      officeBand(this, { ...main, h: roomH }, view, career);
      main = below(main, main.y + roomH + space.l);
    }
    const intro = label(this, main.x, main.y, question, { color: color.inkSoft, width: main.w });
    let list = below(main, intro.y + intro.height + space.m);
    // Without room for every card and the question, the question goes to screen readers only.
    if (cols * rowsIn(list.h) < count) {
      intro.setVisible(false);
      list = main;
    }
    let per = cols * rowsIn(list.h);
    const pages = Math.ceil(count / per);
    if (pages > 1) {
      list = { ...list, h: list.h - control.h - space.l };
      per = cols * rowsIn(list.h);
    }
    label(this, 0, 0, question, { layer: this.s.layer }).setVisible(false);
    const total = Math.ceil(count / per);
    const page = Math.min(Math.max(0, asked), total - 1);
    const lines = Math.min(rowsIn(list.h), Math.ceil(Math.min(per, count) / cols));
    // Cards share the height, but a tall screen keeps them near the size their words need.
    const shared = (list.h - space.l * (lines - 1)) / lines;
    const cards = grid(list, per, cols, space.l, Math.min(shared, least * ROOMY));
    view.offers.slice(page * per, (page + 1) * per).forEach((offer, i) => {
      this.offerCard(offer, cards[i], false);
    });
    const bar = { ...main, y: main.y + main.h - control.h, h: control.h };
    pager(this, bar, {
      page,
      pages: total,
      key: 'offers',
      go: (n) => this.refresh({ page: 'inbox', offers: n }),
    });
  }

  private cardText(
    offer: CareerView['offers'][number],
  ): { title: string; detail: string; sender?: string; calls: boolean } | null {
    const cat = this.s.catalogue;
    const m = cat.missions[offer.missionId];
    const contract = offer.contract ? cat.contracts[offer.contract] : undefined;
    if (!m) return null;
    const terms = [
      contract ? t('offers.contract', { contract: tx(contract.name) }) : '',
      t('hub.budget', { budget: money(m.budget), weeks: m.weeks }),
    ].filter(Boolean);
    // The offer comes from the client in person: one who has worked with the player calls, a new one writes.
    const who = clientOf(m, cat);
    const calls = callsBack(this.state.career, m, cat);
    const from = who
      ? t(calls ? 'hub.call' : 'hub.mail', { name: who.name, client: tx(m.client) })
      : tx(m.client);
    return { title: tx(m.title), detail: `${from}\n${terms.join(' · ')}`, sender: who?.id, calls };
  }

  /**
   * An offer's card, marked with its sender's portrait (or an envelope); unmarked (`marked` false) its details
   * keep more of the width.
   */
  private offerCard(offer: CareerView['offers'][number], card: Rect | undefined, marked = true): void {
    const text = this.cardText(offer);
    if (!text || !card) return;
    this.btn({
      ...card,
      variant: 'choice',
      icon: marked && !text.sender ? (text.calls ? 'phone' : 'mail') : undefined,
      avatar: marked ? text.sender : undefined,
      key: `offer-${offer.missionId}`,
      text: text.title,
      detail: text.detail,
      sound: 'select',
      onPress: () => this.state.acceptOffer(offer.missionId),
    });
  }
}
