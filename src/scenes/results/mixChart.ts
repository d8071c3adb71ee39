import type * as Phaser from 'phaser';
import { ACTIVITIES } from '../../content/vocabulary.ts';
import { num, t } from '../../i18n/t.ts';
import type { DesignReview } from '../../sim/designReview.ts';
import { spokenList } from '../../ui/spokenList.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import { textSize } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';
import { ACTIVITY_NAMES } from '../names.ts';
import type { Block, Drawn } from '../parts/flow.ts';

/** A legend swatch's width; the least room the bars keep beside the types' names. */
const SWATCH_W = 18;
const LEAST_BARS = 120;
/** The widest the chart gets: on a broad column, short bars stay near their hours. */
const MOST_W = 600;

/** The target bar is an outline, the given one solid: the two differ in shape, not only in colour. */
function bar(scene: Phaser.Scene, x: number, y: number, w: number, h: number, given: boolean) {
  const r = scene.add.rectangle(x, y, Math.max(given ? 3 : 6, w), h, given ? color.blue : color.card);
  if (!given) r.setStrokeStyle(2, color.inkSoft);
  return r.setOrigin(0);
}

const small = { size: 'small' as const };
const hours = (n: number) => t('review.barHours', { n: num(n) });

/** Where the chart's parts go in a column `w` wide: the names, the bars, the two columns of hours. */
function geometry(scene: GameScene, review: DesignReview, x: number, column: number) {
  const w = Math.min(column, MOST_W);
  const lineH = textSize(scene, '0', small).h;
  const values = [...review.target, ...review.given];
  const numW = Math.max(...values.map((n) => textSize(scene, hours(n), { ...small, bold: true }).w));
  const names = ACTIVITIES.map((a) => t(ACTIVITY_NAMES[a]));
  const nameW = Math.max(...names.map((n) => textSize(scene, n, { ...small, bold: true }).w));
  // The hours: the target's then the given's, right-aligned in two columns at the end of the row.
  const ends = [x + w - numW - space.l, x + w];
  const barsEnd = x + w - 2 * numW - space.l - space.m;
  const beside = barsEnd - (x + nameW + space.m) >= LEAST_BARS;
  const barX = beside ? x + nameW + space.m : x;
  return {
    lineH,
    barH: Math.max(5, Math.floor((lineH - 4) / 2)),
    names,
    nameW,
    ends,
    beside,
    barX,
    room: barsEnd - barX,
    most: Math.max(1, ...values),
  };
}

/** The legend: an outline and a solid swatch, each with its word, in the order of the hours' columns. */
function legend(scene: GameScene, x: number, y: number, lineH: number, barH: number): Drawn {
  const drawn: Drawn['drawn'] = [];
  let at = x;
  for (const given of [false, true]) {
    drawn.push(bar(scene, at, y + (lineH - barH) / 2, SWATCH_W, barH, given));
    const word = label(scene, at + SWATCH_W + space.s, y, t(given ? 'review.given' : 'review.target'), {
      ...small,
      bold: given,
      color: given ? color.ink : color.inkSoft,
    });
    drawn.push(word);
    at = word.x + word.width + space.l;
  }
  return { h: lineH, drawn };
}

/** One learning type: its name, its two bars and their hours. */
function typeRow(scene: GameScene, review: DesignReview, i: number, x: number, y: number, w: number): Drawn {
  const g = geometry(scene, review, x, w);
  const name = label(scene, x, y, g.names[i] ?? '', {
    ...small,
    bold: true,
    width: g.beside ? g.nameW + 1 : w,
  });
  const drawn: Drawn['drawn'] = [name];
  const top = g.beside ? y : name.y + name.height;
  [review.target[i] ?? 0, review.given[i] ?? 0].forEach((value, j) => {
    const given = j === 1;
    const by = top + g.lineH / 2 + (given ? 1 : -1 - g.barH);
    drawn.push(bar(scene, g.barX, by, (g.room * value) / g.most, g.barH, given));
    drawn.push(
      label(scene, g.ends[j] ?? x + w, top, hours(value), {
        ...small,
        bold: given,
        color: given ? color.ink : color.inkSoft,
        align: 'right',
      }),
    );
  });
  return { h: Math.max(name.y + name.height, top + g.lineH) - y, drawn };
}

/**
 * The hours by learning type the client's need called for (outlined bars) and those the storyboard gave
 * (solid bars), two bars a type with their hours written in two columns, under a legend; a list says the
 * same to screen readers. Blocks for `flow`, one a type (the legend with the first), so a low screen can
 * carry the chart over to its next column.
 */
export function mixChart(scene: GameScene, review: DesignReview): Block[] {
  return ACTIVITIES.map(
    (_, i): Block =>
      (x, y, w, layer) => {
        if (i > 0) return typeRow(scene, review, i, x, y, w);
        const g = geometry(scene, review, x, w);
        const key = legend(scene, x, y, g.lineH, g.barH);
        const row = typeRow(scene, review, 0, x, y + key.h + space.s, w);
        if (layer)
          spokenList(
            scene,
            layer,
            t('review.mixTitle'),
            ACTIVITIES.map((a, k) =>
              t('review.typeLine', {
                type: t(ACTIVITY_NAMES[a]),
                given: num(review.given[k] ?? 0),
                target: num(review.target[k] ?? 0),
              }),
            ),
          );
        return { h: key.h + space.s + row.h, drawn: [...key.drawn, ...row.drawn] };
      },
  );
}
