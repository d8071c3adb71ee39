import type { Fact } from '../../content/types.ts';
import { MAX_STARS } from '../../content/vocabulary.ts';
import { t, tx } from '../../i18n/t.ts';
import { kioskFacts } from '../../sim/kioskFacts.ts';
import { starTally } from '../../sim/summary.ts';
import { icon } from '../../ui/icons.ts';
import { actionW, below, columns, grid, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { starRow } from '../../ui/stars.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../../ui/theme.ts';
import { ModeScene, type PagerWords, pagesOf } from './ModeScene.ts';

/** The stars of a one-mission run, drawn large beside the title. */
const STAR_PX = 48;
/** The room starRow leaves between its stars. */
const STAR_ROW_GAP = 16;
/** The QR code where to learn more, on a screen smaller than the reference: at most this side. */
const QR_MAX = 200;
/** A phone's QR code takes at most this share of the card's width. */
const QR_SHARE = 0.5;

/** The kiosk's last screen: how the run went, three facts about the job, and where to learn more. */
export class KioskEndScene extends ModeScene {
  /** The page of facts shown, for the run it belongs to (the next visitor starts on the first). */
  private shown: { run: unknown; page: number } = { run: null, page: 0 };

  create(): void {
    const kiosk = this.kiosk();
    const cat = this.s.catalogue;
    const history = this.state.career?.history ?? [];
    this.enter(t('kiosk.endTitle'));
    const layer = this.s.layer;
    const wide = sizeClass() === 'wide';

    const { header, body } = this.frame('page');
    const title = label(this, header.x, header.y, t('kiosk.endTitle'), { size: 'h1', bold: true });
    const { stars, max } = starTally(history);
    // The score at the header's right end (under the title on a portrait screen): the count, with the stars
    // (or one star for a longer run) before it.
    const under = sizeClass() === 'narrow';
    const starPx = under ? iconPx.heading : STAR_PX;
    const mid = under ? title.y + title.height + space.s + starPx / 2 : header.y + header.h / 2;
    const scoreText = t('kiosk.endStars', { n: stars, max });
    const starsW = history.length === 1 ? MAX_STARS * starPx + (MAX_STARS - 1) * STAR_ROW_GAP : starPx;
    const score = label(this, 0, mid, scoreText, { bold: true, layer }).setOrigin(0, 0.5);
    score.setX(under ? header.x + starsW + space.l : header.x + header.w - score.width);
    const starsAt = score.x - space.l - starsW;
    if (history.length === 1) starRow(this, starsAt + starsW / 2, mid, stars, starPx);
    else icon(this, starsAt + starPx / 2, mid, 'star-filled', color.orange, starPx);
    const top = under ? below(body, mid + starPx / 2 + space.m) : body;

    const facts = kioskFacts(
      history.map((h) => h.missionId),
      cat,
    ).flatMap((id) => (cat.facts[id] ? [cat.facts[id]] : []));
    if (wide) this.besideEachOther(facts, top);
    else {
      if (this.shown.run !== this.state.career) this.shown = { run: this.state.career, page: 0 };
      this.paged(facts, top, this.shown.page);
    }

    // Focus on the way out, not on the pages before it.
    const done = this.nextAction({ text: t('kiosk.done'), icon: 'check', onPress: () => kiosk.reset() });
    done.el.focus({ preventScroll: true });
  }

  /** The reference: three facts side by side, where to learn more in a column at the right. */
  private besideEachOther(facts: Fact[], body: Rect): void {
    const [factsArea, moreColumn] = columns(body, [7, 2], space.pad) as [Rect, Rect];
    const factsTitle = this.factsTitle(factsArea);
    const cards = grid(
      below(factsArea, factsTitle.y + factsTitle.height + space.m),
      facts.length,
      3,
      space.l,
    );
    facts.forEach((fact, i) => {
      const card = cards[i];
      if (card) this.factCard(fact, card, false);
    });
    const moreBox = below(moreColumn, factsTitle.y);
    panel(this, moreBox.x, moreBox.y, moreBox.w, moreBox.h, { fill: color.tintSky, border: color.sky });
    const more = inset(moreBox, space.pad);
    const ask = this.ask(more);
    const qrTop = ask.y + ask.height + space.pad;
    qrCode(this, more.x, qrTop, more.w, this.kiosk().config.moreInfoUrl);
    this.address(more.x, qrTop + more.w + space.l, more.w);
  }

  /**
   * A smaller screen: the facts one under the other, as many as fit, with pages. Portrait: the card where to
   * learn more comes last among them. A phone sideways keeps it in a column at the right.
   */
  private paged(facts: Fact[], body: Rect, at: number): void {
    const side = sizeClass() === 'short';
    const [list, moreColumn] = side ? (columns(body, [5, 3], space.pad) as [Rect, Rect]) : [body, null];
    const factsTitle = this.factsTitle(list);
    const area = below(list, factsTitle.y + factsTitle.height + space.m);
    const cards: ((r: Rect) => void)[] = facts.map((f) => (r: Rect) => this.factCard(f, r, true));
    const heights = facts.map((f) => this.factHeight(f, area.w));
    if (!moreColumn) {
      cards.push((r) => this.moreCard(r));
      heights.push(this.moreHeight(area.w));
    }
    const bar = side
      ? place(this.frame().actions, 'start', actionW.other)
      : { ...area, y: area.y + area.h - control.touch, h: control.touch };
    const fitsAll = pagesOf(heights, area.h, space.l).length === 1;
    const room = side || fitsAll ? area.h : bar.y - space.m - area.y;
    const pages = pagesOf(heights, room, space.l);
    const page = Math.min(at, pages.length - 1);
    let y = area.y;
    for (const i of pages[page] ?? []) {
      const h = heights[i] ?? 0;
      cards[i]?.({ ...area, y, h: side ? Math.max(h, room) : h });
      y += h + space.l;
    }
    if (moreColumn) this.moreCard(below(moreColumn, factsTitle.y));
    if (pages.length > 1)
      this.pager(bar, page, pages.length, this.pagerWords(), (p) => {
        this.shown.page = p;
        this.refresh();
      });
  }

  private pagerWords(): PagerWords {
    return {
      key: 'kiosk-facts',
      page: (n, total) => t('kiosk.page', { n, total }),
      prev: t('kiosk.prev'),
      next: t('kiosk.next'),
    };
  }

  private factsTitle(r: Rect) {
    return label(this, r.x, r.y + (sizeClass() === 'wide' ? space.l : 0), t('kiosk.factsTitle'), {
      size: 'h2',
      bold: true,
      width: r.w,
      layer: this.s.layer,
      tag: 'h2',
    });
  }

  /** A fact's card: its icon above its title (beside it when `compact`), its text under them. */
  private factCard(fact: Fact, card: Rect, compact: boolean): void {
    const layer = this.s.layer;
    panel(this, card.x, card.y, card.w, card.h);
    const inner = inset(card, space.pad);
    const half = iconPx.heading / 2;
    icon(this, inner.x + half, inner.y + half, 'lightbulb', color.orange, iconPx.heading);
    const titleX = compact ? inner.x + iconPx.heading + space.l : inner.x;
    const title = label(
      this,
      titleX,
      compact ? inner.y : inner.y + iconPx.heading + space.l,
      tx(fact.title),
      {
        bold: true,
        width: inner.x + inner.w - titleX,
        layer,
        tag: 'h2',
      },
    );
    const textTop = Math.max(title.y + title.height, compact ? inner.y + iconPx.heading : 0) + space.m;
    label(this, inner.x, textTop, tx(fact.text), {
      size: 'small',
      width: inner.w,
      maxHeight: compact ? undefined : inner.y + inner.h - textTop,
      layer,
    });
  }

  /** The height a compact fact card takes at this width. */
  private factHeight(fact: Fact, w: number): number {
    const inner = w - 2 * space.pad;
    const titleW = inner - iconPx.heading - space.l;
    const title = label(this, 0, 0, tx(fact.title), { bold: true, width: titleW });
    const text = label(this, 0, 0, tx(fact.text), { size: 'small', width: inner });
    const h = Math.max(title.height, iconPx.heading) + space.m + text.height + 2 * space.pad;
    title.destroy();
    text.destroy();
    return h;
  }

  /** Where to learn more, as a card: what to do, the QR code under it, the address under that. */
  private moreCard(box: Rect): void {
    panel(this, box.x, box.y, box.w, box.h, { fill: color.tintSky, border: color.sky });
    const more = inset(box, space.pad);
    const ask = this.ask(more);
    const qrTop = ask.y + ask.height + space.m;
    const address = this.address(more.x, 0, more.w);
    address.setY(more.y + more.h - address.height);
    const side = Math.min(QR_MAX, more.w * QR_SHARE, address.y - space.s - qrTop);
    qrCode(this, more.x + (more.w - side) / 2, qrTop, side, this.kiosk().config.moreInfoUrl);
  }

  private moreHeight(w: number): number {
    const inner = w - 2 * space.pad;
    const ask = label(this, 0, 0, t('kiosk.more'), { size: 'small', bold: true, width: inner });
    const url = label(this, 0, 0, this.kiosk().config.moreInfoUrl, { size: 'small', width: inner });
    const h = ask.height + url.height + Math.min(QR_MAX, inner * QR_SHARE) + 2 * space.m + 2 * space.pad;
    ask.destroy();
    url.destroy();
    return h;
  }

  private ask(more: Rect) {
    return label(this, more.x, more.y, t('kiosk.more'), {
      size: 'small',
      bold: true,
      width: more.w,
      layer: this.s.layer,
    });
  }

  /** Shown as text only: a kiosk has no link that leaves the game. */
  private address(x: number, y: number, w: number) {
    return label(this, x, y, this.kiosk().config.moreInfoUrl, {
      size: 'small',
      width: w,
      color: color.inkSoft,
      layer: this.s.layer,
    });
  }
}
