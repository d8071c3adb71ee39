import type { SoundId } from '../audio/audio.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { labelled, num, t, tx } from '../i18n/t.ts';
import type { DebriefItem } from '../sim/debrief.ts';
import { debriefLine } from '../state/debriefText.ts';
import { resultsView } from '../state/views.ts';
import { icon } from '../ui/icons.ts';
import { columns, inset, type Rect, rows } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { starRow } from '../ui/stars.ts';
import { label } from '../ui/text.ts';
import { color, iconPx, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { INDICATOR_NAMES } from './names.ts';

const JINGLES: SoundId[] = ['jingle-bad', 'jingle-mid', 'jingle-mid', 'jingle-good'];

/** Evaluate: stars, the four indicators, and why — computed from the player's own choices. */
export class ResultsScene extends GameScene {
  create(): void {
    const cat = this.s.catalogue;
    const view = resultsView(this.state, cat);
    if (!view) return;
    this.enter(t('results.title'));
    this.phaseHeader(5, 'phase.evaluate', tx(view.mission.title));
    const layer = this.s.layer;
    this.s.audio.play(JINGLES[view.stars] ?? 'jingle-mid');

    const [score, right] = columns(this.frame('mission').body, [400, 760], space.pad) as [Rect, Rect];
    panel(this, score.x, score.y, score.w, score.h);
    const mid = score.x + score.w / 2;
    const inner = inset(score, space.gap, space.margin / 2 - space.xs);
    label(this, mid, inner.y, t('results.title'), {
      size: 'h2',
      bold: true,
      align: 'center',
      maxWidth: inner.w,
    });
    starRow(this, mid, score.y + 116, view.stars, 68);
    label(this, mid, score.y + 160, t('results.stars', { n: view.stars }), {
      bold: true,
      align: 'center',
      layer,
    });
    label(this, mid, score.y + 196, t('results.score', { n: num(view.score) }), { align: 'center', layer });
    INDICATORS.forEach((k, i) => {
      const y = score.y + 256 + i * 62;
      const value = view.indicators[k] ?? 0;
      label(this, inner.x, y, labelled(t(INDICATOR_NAMES[k]), num(value)), { size: 'small' });
      meter(this, layer, inner.x, y + 28, inner.w, 14, t(INDICATOR_NAMES[k]), 'score').set(
        value,
        100,
        `${num(value)} / 100`,
      );
    });

    // Why, above; the fact about the real job in the box below.
    const [why, factBox] = rows(right, [352, 144], space.l) as [Rect, Rect];
    panel(this, why.x, why.y, why.w, why.h);
    const whyIn = inset(why, space.gap, space.margin / 2 - space.xs);
    label(this, whyIn.x, whyIn.y, t('results.why'), { size: 'h2', bold: true, layer, tag: 'h2' });
    let y = whyIn.y + 56;
    const room = (why.y + why.h - space.m - y) / view.items.length;
    for (const item of view.items) y = this.debriefLine(item, whyIn, y, room) + space.m;

    const fact = view.fact ? cat.facts[view.fact] : undefined;
    if (fact) {
      panel(this, factBox.x, factBox.y, factBox.w, factBox.h, { fill: color.tintSky, border: color.sky });
      const factIn = inset(factBox, space.gap, space.pad - space.xs);
      icon(this, factIn.x + space.s, factIn.y + space.l, 'lightbulb', color.blue, iconPx.heading);
      const title = label(this, factIn.x + 40, factIn.y, `${t('results.fact')} ${tx(fact.title)}`, {
        bold: true,
        width: factIn.w - 40,
        maxHeight: 34,
        layer,
      });
      const top = title.y + title.height + space.s;
      label(this, factIn.x, top, tx(fact.text), {
        size: 'small',
        width: factIn.w,
        maxHeight: factBox.y + factBox.h - space.m - top,
        layer,
      });
    }

    this.nextAction({
      text: view.isLast ? t(this.s.mode.finishLabel) : t('results.next'),
      onPress: () => this.state.finishMission(),
    });
    layer.announce(
      `${t('results.title')}. ${t('results.stars', { n: view.stars })}. ${t('results.score', { n: num(view.score) })}`,
    );
    layer.focusFirst();
  }

  /** One decision that weighed, in at most `room` px; returns where it ends. */
  private debriefLine(item: DebriefItem, box: Rect, y: number, room: number): number {
    const run = this.state.run;
    if (!run) return y;
    const line = debriefLine(item, run, this.s.catalogue);
    const x = box.x + space.margin;
    const mark = line.good ? 'circle-check' : 'circle-x';
    icon(this, box.x + space.l, y + 14, mark, line.good ? color.green : color.vermilion, iconPx.heading);
    const head = label(this, x, y, line.head, {
      bold: true,
      width: box.w - space.margin,
      maxHeight: 34,
      layer: this.s.layer,
    });
    const why = label(this, x, head.y + head.height + 2, line.why, {
      size: 'small',
      width: box.w - space.margin,
      maxHeight: Math.max(24, room - head.height - 14),
      color: color.inkSoft,
      layer: this.s.layer,
    });
    return why.y + why.height;
  }
}
