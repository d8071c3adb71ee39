import type { Rank } from '../content/types.ts';
import { money, t, tx } from '../i18n/t.ts';
import { type RankUpView, rankUpView } from '../state/views.ts';
import { motionReduced } from '../ui/appearance.ts';
import { confetti } from '../ui/confetti.ts';
import type { Placer } from '../ui/domLayer.ts';
import { icon } from '../ui/icons.ts';
import { stamp } from '../ui/landing.ts';
import { inset, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { factBox } from './parts/factBox.ts';
import { type Block, type Drawn, flow } from './parts/flow.ts';
import { pager } from './parts/pager.ts';

/** From this width the facts take two columns beside the posts' one. */
const WIDE_3 = 1100;
/** The award badge: its disc's radius and its icon's size. */
const BADGE_R = 36;
const BADGE_ICON = 44;
/** The badge lands on the fanfare's first beat. */
const BADGE_DELAY = 120;

/**
 * A new post: a promotion (the post before and the new one) or a career's first post, the pay it brings,
 * and each fact it tells about the real job.
 */
export class RankUpScene extends GameScene {
  /** Whether the post is arriving (not a page turned): the fanfare plays, the confetti falls, the badge lands. */
  private arriving = false;

  create(data: { page?: number } = {}): void {
    const view = rankUpView(this.state, this.s.catalogue);
    if (!view) return;
    this.enter(this.title(view));
    this.arriving = data.page === undefined;
    if (this.arriving) {
      this.s.audio.play('rank-up');
      const { body } = this.frame();
      confetti(this, inset(body, space.gap, 0), this.frame().height);
    }
    this.posts(view, data.page ?? 0);
    this.focusDefault();
  }

  /**
   * The badge and the news, the new post and the one before, then each fact: in one column upright on a
   * phone; elsewhere the posts on the left and the facts on the right. Pages when they do not fit.
   */
  private posts(view: RankUpView, asked: number): void {
    const { body } = this.frame();
    const cols = this.columnsFor(view, body);
    const previous = view.previous;
    const head: Block[] = [
      (x, y, w, layer) => this.newsBlock(view, x, y, w, layer),
      // The new post first: it is the news; the one before follows.
      (x, y, w, layer) => this.card(t('rankup.now'), view.rank, color.green, x, y, w, layer),
      ...(previous
        ? [
            (x: number, y: number, w: number, layer?: Placer) =>
              this.card(t('rankup.before'), previous, color.line, x, y, w, layer),
          ]
        : []),
    ];
    const facts = this.factBlocks(view);
    const { page, pages } = flow(
      [...head, ...facts],
      body,
      {
        cols,
        page: asked,
        pagerRoom: control.h + space.l,
        gap: space.l,
        breakBefore: cols > 1 && facts.length > 0 ? [head.length] : [],
        layer: this.s.layer,
      },
      this,
    );
    const bar = { ...body, y: body.y + body.h - control.h, h: control.h };
    pager(this, bar, { page, pages, key: 'rankup', go: (n) => this.refresh({ page: n }) });
    this.nextAction(this.onward(view), 'alone');
  }

  /**
   * As many columns as the screen takes (one on a phone upright, up to three on a wide one), fewer when a
   * fact would not fit whole in a column that narrow (the largest text).
   */
  private columnsFor(view: RankUpView, body: Rect): number {
    const most = sizeClass() === 'narrow' ? 1 : body.w >= WIDE_3 ? 3 : 2;
    const room = body.h - control.h - space.l;
    const fits = (cols: number) => {
      const w = (body.w - space.l * (cols - 1)) / cols;
      return this.factBlocks(view).every((block) => {
        const { h, drawn } = block(body.x, body.y, w);
        for (const d of drawn) d.destroy();
        return h <= room;
      });
    };
    for (let cols = most; cols > 1; cols--) if (fits(cols)) return cols;
    return 1;
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
            // Drawn with its screen-reader copy only on the page on screen (not while measuring): met.
            (x: number, y: number, w: number, layer?: Placer) => {
              if (layer) this.state.meetFact(id);
              return factBox(this, { title: tx(fact.title), text: tx(fact.text) }, x, y, w, layer);
            },
          ]
        : [];
    });
  }

  /** The small badge with the title beside it, and the news under them. */
  private newsBlock(view: RankUpView, x: number, y: number, w: number, layer?: Placer): Drawn {
    const disc = this.add.circle(x + BADGE_R, y + BADGE_R, BADGE_R, color.tintOrange);
    disc.setStrokeStyle(3, color.orange);
    const award = icon(this, x + BADGE_R, y + BADGE_R, 'award', color.orange, BADGE_ICON);
    const titleX = x + 2 * BADGE_R + space.l;
    const title = label(this, titleX, y, this.title(view), {
      size: 'h1',
      bold: true,
      maxWidth: x + w - titleX,
    });
    title.setY(y + BADGE_R - title.height / 2);
    const become = label(this, x, y + 2 * BADGE_R + space.s, this.news(view), {
      width: w,
      layer,
      tag: 'p',
    });
    // Drawn for the page (not measured) as the post arrives: the badge lands like a stamp with the fanfare.
    if (layer && this.arriving && !motionReduced()) stamp(this, [disc, award], BADGE_DELAY);
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
}
