import type { SoundId } from '../audio/audio.ts';
import { labelled, num, t, tx } from '../i18n/t.ts';
import type { DebriefItem } from '../sim/debrief.ts';
import { INDICATORS } from '../sim/types.ts';
import { debriefLine } from '../state/debriefText.ts';
import { resultsView } from '../state/views.ts';
import { icon } from '../ui/icons.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { starRow } from '../ui/stars.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { INDICATOR_NAMES } from './names.ts';

const JINGLES: SoundId[] = ['jingle-bad', 'jingle-mid', 'jingle-mid', 'jingle-good'];

/** Evaluate: stars, the four indicators, and why — computed from the player's own choices. */
export class ResultsScene extends GameScene {
  constructor() {
    super('results');
  }

  create(): void {
    const cat = this.s.catalogue;
    const view = resultsView(this.state, cat);
    if (!view) return;
    this.enter('results', t('results.title'));
    this.phaseHeader(5, 'phase.evaluate', tx(view.mission.title));
    const layer = this.s.layer;
    this.s.audio.play(JINGLES[view.stars] ?? 'jingle-mid');

    panel(this, 48, 96, 400, 512);
    label(this, 248, 116, t('results.title'), { size: 'h2', bold: true, align: 'center', maxWidth: 360 });
    starRow(this, 248, 212, view.stars, 68);
    label(this, 248, 256, t('results.stars', { n: view.stars }), { bold: true, align: 'center', layer });
    label(this, 248, 292, t('results.score', { n: num(view.score) }), { align: 'center', layer });
    INDICATORS.forEach((k, i) => {
      const y = 352 + i * 62;
      const value = view.indicators[k] ?? 0;
      label(this, 80, y, labelled(t(INDICATOR_NAMES[k]), num(value)), { size: 'small' });
      meter(this, layer, 80, y + 28, 336, 14, t(INDICATOR_NAMES[k]), 'score').set(
        value,
        100,
        `${num(value)} / 100`,
      );
    });

    panel(this, 472, 96, 760, 352);
    label(this, 504, 116, t('results.why'), { size: 'h2', bold: true, layer, tag: 'h2' });
    let y = 172;
    for (const item of view.items) y = this.debriefLine(item, 504, y, (436 - 172) / view.items.length) + 12;

    const fact = view.fact ? cat.facts[view.fact] : undefined;
    if (fact) {
      panel(this, 472, 464, 760, 144, { fill: color.tintSky, border: color.sky });
      icon(this, 512, 500, 'lightbulb', color.blue, 32);
      const title = label(this, 544, 484, `${t('results.fact')} ${tx(fact.title)}`, {
        bold: true,
        width: 660,
        maxHeight: 34,
        layer,
      });
      const top = title.y + title.height + 8;
      label(this, 504, top, tx(fact.text), { size: 'small', width: 700, maxHeight: 596 - top, layer });
    }

    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: view.isLast ? t(this.s.mode.finishLabel) : t('results.next'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => this.state.finishMission(),
    });
    layer.announce(
      `${t('results.title')}. ${t('results.stars', { n: view.stars })}. ${t('results.score', { n: num(view.score) })}`,
    );
    layer.focusFirst();
  }

  /** One decision that weighed, in at most `room` px; returns where it ends. */
  private debriefLine(item: DebriefItem, x: number, y: number, room: number): number {
    const run = this.state.run;
    if (!run) return y;
    const line = debriefLine(item, run, this.s.catalogue);
    icon(
      this,
      x + 16,
      y + 14,
      line.good ? 'circle-check' : 'circle-x',
      line.good ? color.green : color.vermilion,
      32,
    );
    const head = label(this, x + 48, y, line.head, {
      bold: true,
      width: 660,
      maxHeight: 34,
      layer: this.s.layer,
    });
    const why = label(this, x + 48, head.y + head.height + 2, line.why, {
      size: 'small',
      width: 660,
      maxHeight: Math.max(24, room - head.height - 14),
      color: color.inkSoft,
      layer: this.s.layer,
    });
    return why.y + why.height;
  }
}
