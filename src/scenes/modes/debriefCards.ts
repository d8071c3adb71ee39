import type { Mission } from '../../content/types.ts';
import { num, t, tx } from '../../i18n/t.ts';
import {
  discussionPrompts,
  factBehind,
  type MissionStats,
  type Prompt,
} from '../../sim/classroom/classStats.ts';
import { topicText } from '../../state/topicText.ts';
import { barChart } from '../../ui/barChart.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import { columns, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** The star rows of the spread: each a row of small stars beside its bar. */
const STAR_PX = 22;
const STAR_ROW_H = 30;
/** Room a pitfall or a strength needs (its topic, its fact and the fact's text); fewer are shown than overflow. */
const ITEM_ROOM = 184;
/** Indent of a line after its icon or number. */
const INDENT = iconPx.text + space.m;
/** A card this wide has the stars' chart and the formats' chart side by side. */
const TWO_CHARTS_W = 560;

/** How the stars spread and the formats chosen, in `card`. Returns the bottom of what it drew. */
export function starsAndFormats(scene: GameScene, stats: MissionStats, card: Rect, layer: Placer): number {
  // A wide card has the two charts side by side.
  const [col, right] =
    card.w >= TWO_CHARTS_W ? (columns(card, [1, 1], space.gap) as [Rect, Rect]) : [card, null];
  const { x, w } = col;
  const starsHead = label(scene, x, col.y, t('classDebrief.stars'), { bold: true, layer, tag: 'h2' });
  const chartY = starsHead.y + starsHead.height + space.m;
  const pitch = STAR_PX + space.xs;
  const rows = [3, 2, 1, 0];
  rows.forEach((n, i) => {
    for (let k = 0; k < 3; k++) {
      const filled = k < n;
      icon(
        scene,
        x + STAR_PX / 2 + k * pitch,
        chartY + i * STAR_ROW_H + STAR_ROW_H / 2,
        filled ? 'star-filled' : 'star',
        filled ? color.orange : color.line,
        STAR_PX,
      );
    }
  });
  const h = barChart(
    scene,
    layer,
    rows.map((n) => ({
      label: '',
      value: stats.stars[n] ?? 0,
      spoken: t('classDebrief.starsBar', { n, count: stats.stars[n] ?? 0 }),
    })),
    { x, y: chartY, w, labelW: 3 * pitch + space.l, rowH: STAR_ROW_H, title: t('classDebrief.stars') },
  );
  const avgText = t('classDebrief.average', { n: num(stats.averageStars) });
  const average = label(scene, x, chartY + h + space.xs, avgText, {
    size: 'small',
    color: color.inkSoft,
    layer,
  });

  const formatsAt = right ?? { ...col, y: average.y + average.height + space.l };
  const formatsHead = label(scene, formatsAt.x, formatsAt.y, t('classDebrief.formats'), {
    bold: true,
    layer,
    tag: 'h2',
  });
  const formatsH = barChart(
    scene,
    layer,
    stats.formats.slice(0, 4).map((f) => {
      const name = tx(scene.services.catalogue.formats[f.value]?.name ?? { fr: f.value, en: f.value });
      return { label: name, value: f.count, spoken: t('classDebrief.formatBar', { name, count: f.count }) };
    }),
    {
      x: formatsAt.x,
      y: formatsHead.y + formatsHead.height + space.m,
      w: formatsAt.w,
      labelW: formatsAt.w * 0.45,
      max: stats.stars.reduce((a, b) => a + b, 0),
      fill: color.green,
      title: t('classDebrief.formats'),
    },
  );
  return Math.max(average.y + average.height, formatsHead.y + formatsHead.height + space.m + formatsH);
}

/** The commonest pitfalls and the first strength, as many as fit in `col`. Returns the bottom of what it drew. */
export function pitfalls(
  scene: GameScene,
  mission: Mission,
  stats: MissionStats,
  col: Rect,
  layer: Placer,
): number {
  const cat = scene.services.catalogue;
  const { x } = col;
  const w = col.w - INDENT;
  const heading = (y: number, key: 'classDebrief.pitfalls' | 'classDebrief.strength') => {
    const head = label(scene, x, y, t(key), { bold: true, layer, tag: 'h2' });
    return head.y + head.height + space.l;
  };
  let at = heading(col.y, 'classDebrief.pitfalls');
  const line = (text: string, o: { bold?: boolean; tint?: number } = {}) => {
    const l = label(scene, x + INDENT, at, text, {
      size: 'small',
      bold: o.bold,
      width: w,
      color: o.tint,
      layer,
    });
    at += l.height + space.xs;
  };
  const item = (topic: number, count: number, good: boolean) => {
    icon(
      scene,
      x + iconPx.text / 2,
      at + iconPx.text / 2,
      good ? 'circle-check' : 'triangle-alert',
      good ? color.green : color.orange,
      iconPx.text,
    );
    line(`${topicText(topic, mission)} (${t('classDebrief.pupils', { n: count })})`, { bold: true });
    const fact = cat.facts[factBehind(topic, mission, cat) ?? ''];
    if (fact) {
      line(t('classDebrief.fact', { title: tx(fact.title) }), { tint: color.blue, bold: true });
      // The fact in full under a pitfall: it is what the class discusses; a strength only names it.
      if (!good) line(tx(fact.text), { tint: color.inkSoft });
    }
    at += space.l;
  };
  if (stats.pitfalls.length === 0) {
    line(t('classDebrief.noPitfall'));
    at += space.l;
  }
  const bottom = col.y + col.h;
  for (const p of stats.pitfalls.slice(0, 2)) if (at < bottom - ITEM_ROOM) item(p.value, p.count, false);
  const strength = stats.strengths[0];
  if (strength && at < bottom - ITEM_ROOM + space.margin - space.s) {
    at = heading(at + space.s, 'classDebrief.strength');
    item(strength.value, strength.count, true);
  }
  return at - space.l - space.xs;
}

/** The questions to discuss, numbered, those that fit in `col`. Returns the bottom of what it drew. */
export function questions(
  scene: GameScene,
  mission: Mission,
  stats: MissionStats,
  col: Rect,
  layer: Placer,
): number {
  const { x } = col;
  const head = label(scene, x, col.y, t('classDebrief.questions'), { bold: true, layer, tag: 'h2' });
  let at = head.y + head.height + space.l + space.xs;
  const r = iconPx.text / 2;
  // The questions that fit in the column, in order.
  let fits = true;
  discussionPrompts(stats).forEach((p, i) => {
    if (!fits) return;
    const q = label(scene, x + INDENT, at, promptText(scene, p, mission), {
      size: 'small',
      width: col.w - INDENT,
      layer,
    });
    if (q.y + q.height > col.y + col.h) {
      (q.getData('twin') as HTMLElement | undefined)?.remove();
      q.destroy();
      fits = false;
      return;
    }
    scene.add.circle(x + r, at + r, r, color.purple);
    label(scene, x + r, at + r, String(i + 1), {
      size: 'small',
      bold: true,
      color: color.card,
      align: 'center',
    }).setOrigin(0.5);
    at += q.height + space.pad;
  });
  return at - space.pad;
}

function promptText(scene: GameScene, p: Prompt, mission: Mission): string {
  switch (p.kind) {
    case 'format': {
      const name = tx(scene.services.catalogue.formats[p.format]?.name ?? { fr: p.format, en: p.format });
      return t('question.format', { count: p.count, name });
    }
    case 'pitfall':
      return t('question.pitfall', { topic: topicText(p.topic, mission) });
    case 'strength':
      return t('question.strength', { topic: topicText(p.topic, mission) });
    case 'job':
      return t('question.job');
  }
}
