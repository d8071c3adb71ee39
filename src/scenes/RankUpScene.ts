import type { Rank } from '../content/types.ts';
import { money, t, tx } from '../i18n/t.ts';
import { type RankUpView, rankUpView } from '../state/views.ts';
import { confetti } from '../ui/confetti.ts';
import type { Placer } from '../ui/domLayer.ts';
import { icon } from '../ui/icons.ts';
import { columns, inset, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { factBox } from './parts/factBox.ts';
import { type Block, type Drawn, flow } from './parts/flow.ts';
import { pager } from './parts/pager.ts';

/** The award badge: its disc's radius and its icon's size. */
const BADGE_R = 78;
const BADGE_ICON = 96;
/** The badge on a smaller screen. */
const SMALL_BADGE_R = 36;
const SMALL_BADGE_ICON = 44;
/** A post's card height. */
const POST_H = 128;

/**
 * A new post: a promotion (the post before and the new one) or a career's first post, the pay it brings,
 * and each fact it tells about the real job.
 */
export class RankUpScene extends GameScene {
  create(data: { page?: number } = {}): void {
    const cat = this.s.catalogue;
    const view = rankUpView(this.state, cat);
    if (!view) return;
    this.enter(this.title(view));
    if (data.page === undefined) this.s.audio.play('rank-up');
    const { body } = this.frame();
    confetti(this, inset(body, space.gap, 0), this.frame().height);
    if (sizeClass() === 'wide') this.wide(view, data.page ?? 0);
    else this.paged(view, data.page ?? 0);
    this.focusDefault();
  }

  private wide(view: RankUpView, asked: number): void {
    const layer = this.s.layer;
    const { header, body } = this.frame();

    // The badge and the news centred at the top, the two posts side by side, the fact about pay below.
    const mid = body.x + body.w / 2;
    const badgeY = header.y + BADGE_R;
    this.add.circle(mid, badgeY, BADGE_R, color.tintOrange).setStrokeStyle(4, color.orange);
    icon(this, mid, badgeY, 'award', color.orange, BADGE_ICON);
    const title = label(this, mid, badgeY + BADGE_R + space.m, this.title(view), {
      size: 'h1',
      bold: true,
      align: 'center',
    });
    const become = label(this, mid, title.y + title.height + space.s, this.news(view), {
      align: 'center',
      width: body.w - 2 * space.margin,
      maxHeight: control.h,
      layer,
      tag: 'p',
    });
    const row = { ...body, y: become.y + become.height + space.pad, h: POST_H };
    if (view.previous) {
      // The arrow from the old post to the new one sits in the gap between their cards.
      const [before, now] = columns(row, [1, 1], 2 * space.margin + space.gap) as [Rect, Rect];
      this.postCard(before, t('rankup.before'), view.previous, color.line);
      icon(this, mid, row.y + row.h / 2, 'arrow-right', color.ink, iconPx.art);
      this.postCard(now, t('rankup.now'), view.rank, color.green);
    } else {
      const [, now] = columns(row, [1, 2, 1], space.gap) as [Rect, Rect];
      this.postCard(now, t('rankup.now'), view.rank, color.green);
    }
    // The facts of the post side by side under the cards, with pages when they do not fit.
    const facts = this.factBlocks(view);
    if (facts.length > 0) {
      const top = row.y + row.h + space.l;
      const area = { ...body, y: top, h: body.y + body.h - top };
      const cols = Math.min(3, facts.length);
      const { page, pages } = flow(
        facts,
        area,
        { cols, page: asked, pagerRoom: control.h + space.m, gap: space.m, layer },
        this,
      );
      const bar = { ...area, y: area.y + area.h - control.h, h: control.h };
      if (pages > 1) pager(this, bar, { page, pages, key: 'rankup', go: (n) => this.refresh({ page: n }) });
    }
    this.nextAction({
      ...this.onward(view),
    });
  }

  /**
   * Smaller screens: the badge and the news, the new post and the one before, and the fact about pay, in one
   * column upright or two sideways, with pages when they do not fit.
   */
  private paged(view: RankUpView, asked: number): void {
    const { body } = this.frame();
    const short = sizeClass() === 'short';
    const previous = view.previous;
    const blocks: Block[] = [
      (x, y, w, layer) => this.newsBlock(view, x, y, w, layer),
      // The new post first: it is the news; the one before, then the facts, follow when there is room.
      (x, y, w, layer) => this.card(t('rankup.now'), view.rank, color.green, x, y, w, layer),
      ...(previous
        ? [
            (x: number, y: number, w: number, layer?: Placer) =>
              this.card(t('rankup.before'), previous, color.line, x, y, w, layer),
          ]
        : []),
      ...this.factBlocks(view),
    ];
    const { page, pages } = flow(
      blocks,
      body,
      { cols: short ? 2 : 1, page: asked, pagerRoom: control.h + space.l, gap: space.l, layer: this.s.layer },
      this,
    );
    const bar = { ...body, y: body.y + body.h - control.h, h: control.h };
    pager(this, bar, { page, pages, key: 'rankup', go: (n) => this.refresh({ page: n }) });
    this.nextAction(
      {
        ...this.onward(view),
      },
      'alone',
    );
  }

  /** The way on: the job board, the career's review, or in a class straight to the next mission. */
  private onward(view: RankUpView): { text: string; onPress: () => void } {
    const mode = this.s.mode;
    if (mode.kind === 'classroom' && !this.state.career?.done)
      return {
        text: t(view.previous ? 'class.continue' : 'class.start'),
        onPress: () => {
          this.state.closeRankUp();
          mode.start();
        },
      };
    return {
      text: t(this.state.career?.done ? 'rankup.toReview' : 'rankup.continue'),
      onPress: () => this.state.closeRankUp(),
    };
  }

  /** "Promotion !", or the first post's welcome at a career's start. */
  private title(view: RankUpView): string {
    return t(view.previous ? 'rankup.title' : 'rankup.firstTitle');
  }

  private news(view: RankUpView): string {
    return t(view.previous ? 'rankup.become' : 'rankup.firstBecome', { rank: tx(view.rank.name) });
  }

  /** Each fact of the post in its light box, a block for `flow`. */
  private factBlocks(view: RankUpView): Block[] {
    return view.facts.flatMap((id) => {
      const fact = this.s.catalogue.facts[id];
      return fact
        ? [
            (x: number, y: number, w: number, layer?: Placer) =>
              factBox(this, { title: tx(fact.title), text: tx(fact.text) }, x, y, w, layer),
          ]
        : [];
    });
  }

  /** The small badge with the title beside it, and the news under them. */
  private newsBlock(view: RankUpView, x: number, y: number, w: number, layer?: Placer): Drawn {
    const disc = this.add.circle(x + SMALL_BADGE_R, y + SMALL_BADGE_R, SMALL_BADGE_R, color.tintOrange);
    disc.setStrokeStyle(3, color.orange);
    const award = icon(this, x + SMALL_BADGE_R, y + SMALL_BADGE_R, 'award', color.orange, SMALL_BADGE_ICON);
    const titleX = x + 2 * SMALL_BADGE_R + space.l;
    const title = label(this, titleX, y, this.title(view), { size: 'h1', bold: true });
    title.setY(y + SMALL_BADGE_R - title.height / 2);
    const become = label(this, x, y + 2 * SMALL_BADGE_R + space.s, this.news(view), {
      width: w,
      layer,
      tag: 'p',
    });
    return { h: become.y + become.height - y, drawn: [disc, award, title, become] };
  }

  /** A post's card at its natural height. */
  private card(
    heading: string,
    rank: Rank,
    border: number,
    x: number,
    y: number,
    w: number,
    layer?: Placer,
  ): Drawn {
    const pad = space.l;
    const inner = { x: x + pad, y: y + space.m, w: w - 2 * pad };
    const head = label(this, inner.x, inner.y, heading, { size: 'small', color: color.inkSoft, layer });
    const name = label(this, inner.x, head.y + head.height + 2, tx(rank.name), {
      bold: true,
      width: inner.w,
      layer,
    });
    const pay = label(this, inner.x, name.y + name.height + space.xs, this.pay(rank), {
      size: 'small',
      width: inner.w,
      layer,
    });
    const h = pay.y + pay.height + space.m - y;
    const frame = panel(this, x, y, w, h, { border, borderWidth: 3 }).setDepth(-1);
    return { h, drawn: [head, name, pay, frame] };
  }

  private pay(rank: Rank): string {
    return rank.salary === null
      ? t('offers.noSalary')
      : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
  }

  private postCard(card: Rect, heading: string, rank: Rank, border: number): void {
    const layer = this.s.layer;
    panel(this, card.x, card.y, card.w, card.h, { border, borderWidth: 3 });
    const inner = inset(card, space.pad, space.m);
    const head = label(this, inner.x, inner.y, heading, { size: 'small', color: color.inkSoft, layer });
    const name = label(this, inner.x, head.y + head.height + 2, tx(rank.name), {
      bold: true,
      width: inner.w,
      maxHeight: 60,
      layer,
    });
    const pay =
      rank.salary === null
        ? t('offers.noSalary')
        : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
    const payTop = name.y + name.height + space.xs;
    label(this, inner.x, payTop, pay, {
      size: 'small',
      width: inner.w,
      maxHeight: card.y + card.h - space.xs - payTop,
      layer,
    });
  }
}
