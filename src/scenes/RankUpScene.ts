import type { Rank } from '../content/types.ts';
import { money, t, tx } from '../i18n/t.ts';
import { rankUpView } from '../state/views.ts';
import { confetti } from '../ui/confetti.ts';
import { icon } from '../ui/icons.ts';
import { columns, inset, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

/** The award badge: its disc's radius and its icon's size. */
const BADGE_R = 78;
const BADGE_ICON = 96;
/** A post's card height. */
const POST_H = 128;

/** The promotion: the new post, the pay it brings, and a word about the real job's pay. */
export class RankUpScene extends GameScene {
  create(): void {
    const cat = this.s.catalogue;
    const view = rankUpView(this.state, cat);
    if (!view) return;
    const layer = this.s.layer;
    this.enter(t('rankup.title'));
    this.s.audio.play('rank-up');
    const { header, body } = this.frame();
    confetti(this, inset(body, space.gap, 0), this.frame().height);

    // The badge and the news centred at the top, the two posts side by side, the fact about pay below.
    const mid = body.x + body.w / 2;
    const badgeY = header.y + BADGE_R;
    this.add.circle(mid, badgeY, BADGE_R, color.tintOrange).setStrokeStyle(4, color.orange);
    icon(this, mid, badgeY, 'award', color.orange, BADGE_ICON);
    const title = label(this, mid, badgeY + BADGE_R + space.m, t('rankup.title'), {
      size: 'h1',
      bold: true,
      align: 'center',
    });
    const become = label(
      this,
      mid,
      title.y + title.height + space.s,
      t('rankup.become', { rank: tx(view.rank.name) }),
      {
        align: 'center',
        width: body.w - 2 * space.margin,
        maxHeight: control.h,
        layer,
        tag: 'p',
      },
    );
    const row = { ...body, y: become.y + become.height + space.pad, h: POST_H };
    // The arrow from the old post to the new one sits in the gap between their cards.
    const [before, now] = columns(row, [1, 1], 2 * space.margin + space.gap) as [Rect, Rect];
    this.postCard(before, t('rankup.before'), view.previous, color.line);
    icon(this, mid, row.y + row.h / 2, 'arrow-right', color.ink, iconPx.art);
    this.postCard(now, t('rankup.now'), view.rank, color.green);

    const fact = view.fact ? cat.facts[view.fact] : undefined;
    if (fact) {
      const top = row.y + row.h + space.l;
      const box = { ...body, y: top, h: body.y + body.h - top };
      panel(this, box.x, box.y, box.w, box.h, { fill: color.tintSky, border: color.sky });
      const inner = inset(box, space.gap, space.m);
      icon(this, inner.x + space.s, inner.y + space.l, 'lightbulb', color.blue, iconPx.heading);
      const titleX = inner.x + iconPx.heading + space.s;
      const factTitle = label(this, titleX, inner.y, tx(fact.title), {
        bold: true,
        width: inner.x + inner.w - titleX,
        maxHeight: 34,
        layer,
      });
      const textTop = factTitle.y + factTitle.height + space.xs;
      label(this, inner.x, textTop, tx(fact.text), {
        size: 'small',
        width: inner.w,
        maxHeight: box.y + box.h - space.s - textTop,
        layer,
      });
    }
    this.nextAction({ text: t('rankup.continue'), onPress: () => this.state.closeRankUp() });
    this.focusDefault();
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
