import type * as Phaser from 'phaser';
import type { Fact, Indicator } from '../../content/types.ts';
import { INDICATORS } from '../../content/vocabulary.ts';
import { labelled, listed, num, t, tx } from '../../i18n/t.ts';
import type { DebriefItem } from '../../sim/debrief.ts';
import { debriefLine } from '../../state/debriefText.ts';
import type { ResultsView } from '../../state/views.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import type { Rect } from '../../ui/layout.ts';
import { meter } from '../../ui/meter.ts';
import { panel } from '../../ui/panel.ts';
import { countUp, starsArrive } from '../../ui/reveal.ts';
import { starRow } from '../../ui/stars.ts';
import { label, setLabel } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import { textH } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';
import { INDICATOR_NAMES } from '../names.ts';
import { factBox } from '../parts/factBox.ts';
import type { Drawn } from '../parts/flow.ts';
import { markedLine } from './blocks.ts';

/** The stars on a smaller screen, and a meter's height. */
const SMALL_STAR = 44;
const METER_H = 14;

/** The parts of the results tab, each drawn at a place and a width (measured first when `layer` is absent). */

/** The results the evaluation chosen does not measure, whose reasons the debrief cannot give. */
export function unmeasuredBlock(
  scene: GameScene,
  view: ResultsView,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
): Drawn {
  const list = listed(view.unmeasured.map((k) => t(INDICATOR_NAMES[k])));
  return markedLine(scene, 'warn', t('review.unmeasured', { list }), x, y, w, layer);
}

/** The title, the stars and the score, centred in their card. */
export function summaryBlock(
  scene: GameScene,
  view: ResultsView,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
  reveal = false,
): Drawn {
  const mid = x + w / 2;
  const title = label(scene, mid, y + space.m, t('results.title'), {
    size: 'h2',
    bold: true,
    align: 'center',
  });
  const starsY = title.y + title.height + space.s + SMALL_STAR / 2;
  const stars = starRow(scene, mid, starsY, view.stars, SMALL_STAR);
  if (layer && reveal) starsArrive(scene, stars, view.stars, () => scene.services.audio.play('star'));
  const count = label(scene, mid, starsY + SMALL_STAR / 2 + space.s, t('results.stars', { n: view.stars }), {
    bold: true,
    align: 'center',
    layer,
  });
  const score = label(scene, mid, count.y + count.height, t('results.score', { n: num(view.score) }), {
    align: 'center',
    layer,
  });
  const h = score.y + score.height + space.m - y;
  const card = panel(scene, x, y, w, h).setDepth(-1);
  return { h, drawn: [title, ...stars, count, score, card] };
}

/** The four indicators, each its name and value over its meter. */
export function indicatorsBlock(
  scene: GameScene,
  view: ResultsView,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
  reveal = false,
): Drawn {
  const inner = { x: x + space.pad, w: w - 2 * space.pad };
  const drawn: Drawn['drawn'] = [];
  let top = y + space.m;
  for (const k of INDICATORS) {
    const value = view.indicators[k] ?? 0;
    if (!view.measured.includes(k)) {
      const hidden = unmeasuredValue(scene, k, inner.x, top, layer);
      drawn.push(hidden);
      top = hidden.y + hidden.height + space.xs + METER_H + space.m;
      continue;
    }
    const name = indicatorGauge(
      scene,
      k,
      value,
      { x: inner.x, y: top, w: inner.w, h: METER_H },
      layer,
      reveal,
    );
    drawn.push(name);
    top = name.y + name.height + space.xs + METER_H + space.m;
  }
  const h = top - y;
  drawn.push(panel(scene, x, y, w, h).setDepth(-1));
  return { h, drawn };
}

/**
 * An indicator's name and value over its meter (`box.h` high), the meter only where the block is drawn for
 * good (with its screen-reader twin). With `reveal`, both count up from 0 (at once with reduced motion).
 */
export function indicatorGauge(
  scene: GameScene,
  k: Indicator,
  value: number,
  box: Rect,
  layer: Placer | undefined,
  reveal = false,
): Phaser.GameObjects.Text {
  const named = (v: number) => labelled(t(INDICATOR_NAMES[k]), num(Math.round(v * 10) / 10));
  const name = label(scene, box.x, box.y, named(value), { size: 'small' });
  if (!layer) return name;
  const gauge = meter(
    scene,
    layer,
    box.x,
    name.y + name.height + space.xs,
    box.w,
    box.h,
    t(INDICATOR_NAMES[k]),
    'score',
  );
  const show = (v: number) => {
    setLabel(name, named(v));
    gauge.set(v, 100, `${num(value)} / 100`);
  };
  if (reveal) countUp(scene, value, show);
  else show(value);
  return name;
}

/**
 * An indicator the evaluation does not measure: its name and "not measured" in place of its value and
 * gauge (the score and the stars still count it).
 */
export function unmeasuredValue(
  scene: GameScene,
  k: Indicator,
  x: number,
  y: number,
  layer?: Placer,
): Phaser.GameObjects.Text {
  return label(scene, x, y, labelled(t(INDICATOR_NAMES[k]), t('results.unmeasured')), {
    size: 'small',
    color: color.inkSoft,
    layer,
  });
}

/** One decision that weighed: its mark, what it was and why it counted. */
export function reasonBlock(
  scene: GameScene,
  item: DebriefItem,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
): Drawn {
  const run = scene.services.store.getState().run;
  if (!run) return { h: 0, drawn: [] };
  const line = debriefLine(item, run, scene.services.catalogue);
  const textX = x + iconPx.heading + space.s;
  const mark = icon(
    scene,
    x + iconPx.heading / 2,
    y + iconPx.heading / 2 - space.xs,
    line.good ? 'circle-check' : 'circle-x',
    line.good ? color.green : color.vermilion,
    iconPx.heading,
  );
  const head = label(scene, textX, y, line.head, { bold: true, width: x + w - textX, layer });
  const why = label(scene, textX, head.y + head.height + 2, line.why, {
    size: 'small',
    width: x + w - textX,
    color: color.inkSoft,
    layer,
  });
  return { h: why.y + why.height - y, drawn: [mark, head, why] };
}

/** The fact about the real job, in its light box. */
export function factBlock(
  scene: GameScene,
  fact: Fact,
  x: number,
  y: number,
  w: number,
  layer?: Placer,
): Drawn {
  return factBox(
    scene,
    { title: `${t('results.fact')} ${tx(fact.title)}`, text: tx(fact.text) },
    x,
    y,
    w,
    layer,
  );
}

/** One decision that weighed, in at most `room` px; returns where it ends. */
/** The height `debriefBlock` takes for this item with all the room it wants. */
export function debriefBlockHeight(scene: GameScene, item: DebriefItem, box: Rect): number {
  const run = scene.services.store.getState().run;
  if (!run) return 0;
  const line = debriefLine(item, run, scene.services.catalogue);
  const w = box.w - space.margin;
  const head = Math.min(34, textH(scene, line.head, { bold: true, width: w }));
  return head + 2 + textH(scene, line.why, { size: 'small', width: w });
}

export function debriefBlock(
  scene: GameScene,
  item: DebriefItem,
  box: Rect,
  y: number,
  room: number,
): number {
  const run = scene.services.store.getState().run;
  if (!run) return y;
  const line = debriefLine(item, run, scene.services.catalogue);
  const x = box.x + space.margin;
  const mark = line.good ? 'circle-check' : 'circle-x';
  icon(scene, box.x + space.l, y + 14, mark, line.good ? color.green : color.vermilion, iconPx.heading);
  const head = label(scene, x, y, line.head, {
    bold: true,
    width: box.w - space.margin,
    maxHeight: 34,
    layer: scene.services.layer,
  });
  const why = label(scene, x, head.y + head.height + 2, line.why, {
    size: 'small',
    width: box.w - space.margin,
    maxHeight: Math.max(24, room - head.height - 14),
    color: color.inkSoft,
    layer: scene.services.layer,
  });
  return why.y + why.height;
}
