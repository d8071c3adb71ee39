import { t, tx } from '../../i18n/t.ts';
import { kioskFacts } from '../../sim/kioskFacts.ts';
import { starTally } from '../../sim/summary.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { starRow } from '../../ui/stars.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

/** The stars of a one-mission run, drawn large beside the title. */
const STAR_PX = 48;

/** The kiosk's last screen: how the run went, three facts about the job, and where to learn more. */
export class KioskEndScene extends ModeScene {
  create(): void {
    const kiosk = this.kiosk();
    const cat = this.s.catalogue;
    const history = this.state.career?.history ?? [];
    this.enter(t('kiosk.endTitle'));
    const layer = this.s.layer;

    const { header, body } = this.frame('page');
    label(this, header.x, header.y, t('kiosk.endTitle'), { size: 'h1', bold: true });
    const { stars, max } = starTally(history);
    // The score at the header's right end: the count, with the stars (or one star for a longer run) before it.
    const mid = header.y + header.h / 2;
    const score = label(this, header.x + header.w, mid, t('kiosk.endStars', { n: stars, max }), {
      bold: true,
      align: 'right',
      layer,
    }).setOrigin(1, 0.5);
    const starsEnd = score.x - score.width - space.l;
    if (history.length === 1) starRow(this, starsEnd - STAR_PX * 1.5 - space.l, mid, stars, STAR_PX);
    else icon(this, starsEnd - STAR_PX / 2, mid, 'star-filled', color.orange, STAR_PX);

    // Three facts on the left, where to learn more in the column at the right.
    const [factsArea, moreColumn] = columns(body, [7, 2], space.pad) as [Rect, Rect];
    const factsTitle = label(this, factsArea.x, factsArea.y + space.l, t('kiosk.factsTitle'), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    });
    const facts = kioskFacts(
      history.map((h) => h.missionId),
      cat,
    );
    const cards = grid(
      below(factsArea, factsTitle.y + factsTitle.height + space.m),
      facts.length,
      3,
      space.l,
    );
    facts.forEach((id, i) => {
      const fact = cat.facts[id];
      const card = cards[i];
      if (!fact || !card) return;
      panel(this, card.x, card.y, card.w, card.h);
      const inner = inset(card, space.pad);
      const half = iconPx.heading / 2;
      icon(this, inner.x + half, inner.y + half, 'lightbulb', color.orange, iconPx.heading);
      const title = label(this, inner.x, inner.y + iconPx.heading + space.l, tx(fact.title), {
        bold: true,
        width: inner.w,
        layer,
        tag: 'h2',
      });
      const textTop = title.y + title.height + space.m;
      label(this, inner.x, textTop, tx(fact.text), {
        size: 'small',
        width: inner.w,
        maxHeight: inner.y + inner.h - textTop,
        layer,
      });
    });

    const moreBox = below(moreColumn, factsTitle.y);
    panel(this, moreBox.x, moreBox.y, moreBox.w, moreBox.h, { fill: color.tintSky, border: color.sky });
    const more = inset(moreBox, space.pad);
    const ask = label(this, more.x, more.y, t('kiosk.more'), {
      size: 'small',
      bold: true,
      width: more.w,
      layer,
    });
    const qrTop = ask.y + ask.height + space.pad;
    qrCode(this, more.x, qrTop, more.w, kiosk.config.moreInfoUrl);
    // Shown as text only: a kiosk has no link that leaves the game.
    label(this, more.x, qrTop + more.w + space.l, kiosk.config.moreInfoUrl, {
      size: 'small',
      width: more.w,
      color: color.inkSoft,
      layer,
    });

    this.nextAction({ text: t('kiosk.done'), icon: 'check', onPress: () => kiosk.reset() });
    layer.focusFirst();
  }
}
