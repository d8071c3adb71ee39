import { money, t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, columnsThatFit, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, LINE, size, space } from '../../ui/theme.ts';
import { timelineChart } from '../../ui/timelineChart.ts';
import { timelineRows, timelineRowsH } from '../../ui/timelineRows.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';
import { textH } from './measure.ts';
import { type Block, flow, pagerInBar, partOf, turnedFocus } from './parts.ts';
import { legendOf, marksOf } from './pathMarks.ts';

/** A legend entry's least width when the legend is laid in columns. */
const LEGEND_COL_W = 200;
/** From this width the summary's two halves sit side by side and the timeline's rows go in two columns. */
const TWO_COLUMNS_W = 640;
/** The bar chart's panel on a tall screen: the least worth drawing, and no taller than this. */
const BARS_H = { least: 300, most: 440 } as const;

/** Where the career ended: the trophy beside the position and the pay, the stars beside the counts. */
function summaryBlock(scene: GameScene, view: EndView, x: number, w: number): Block {
  const layer = scene.services.layer;
  const { summary, steps } = view;
  const inW = w - 2 * space.pad;
  const twoCols = w >= TWO_COLUMNS_W;
  const rank = summary.rank;
  const rankText = t('end.finalRank', { rank: tx(rank.name) });
  const pay =
    rank.salary === null
      ? t('offers.noSalary')
      : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
  const stars = t('end.totalStars', { n: summary.totalStars, max: summary.maxStars });
  const promotions = steps.filter((s) => s.rankGained).length;
  const counts = `${t('end.missions', { n: steps.length })} · ${t('end.promotions', { n: promotions })}`;
  const half = twoCols ? (inW - space.gap) / 2 : inW;
  // The summary's icons are larger than the legend's: their text starts after them.
  const textX = iconPx.heading + space.m;
  const textW = half - textX;
  const pairH = (first: string, second: string) =>
    textH(scene, first, { bold: true, width: textW }) + textH(scene, second, { size: 'small', width: textW });
  const rankH = pairH(rankText, pay);
  const starsH = pairH(stars, counts);
  const h = (twoCols ? Math.max(rankH, starsH) : rankH + space.m + starsH) + 2 * space.m;
  return {
    h,
    draw: (y: number) => {
      panel(scene, x, y, w, h);
      const pair = (px: number, top: number, name: IconName, first: string, second: string) => {
        icon(scene, px + iconPx.heading / 2, top + iconPx.heading / 2, name, color.orange, iconPx.heading);
        const a = label(scene, px + textX, top, first, { bold: true, width: textW, layer });
        label(scene, px + textX, a.y + a.height, second, {
          size: 'small',
          color: color.inkSoft,
          width: textW,
          layer,
        });
      };
      const left = x + space.pad;
      pair(left, y + space.m, 'trophy', rankText, pay);
      if (twoCols) pair(left + half + space.gap, y + space.m, 'star-filled', stars, counts);
      else pair(left, y + space.m + rankH + space.m, 'star-filled', stars, counts);
    },
  };
}

/** The missions as rows (in two columns where wide enough), under the timeline's title. */
function rowsBlock(scene: GameScene, view: EndView, x: number, w: number): Block {
  const layer = scene.services.layer;
  const inW = w - 2 * space.pad;
  const cols = w >= TWO_COLUMNS_W ? 2 : 1;
  const headingH = textH(scene, t('end.pathTitle'), { bold: true, width: inW });
  const h = space.l + headingH + space.s + timelineRowsH(view.steps.length, cols) + space.l;
  return {
    h,
    draw: (y: number) => {
      panel(scene, x, y, w, h);
      const heading = label(scene, x + space.pad, y + space.l, t('end.pathTitle'), {
        bold: true,
        width: inW,
        layer,
        tag: 'h2',
      });
      timelineRows(scene, layer, marksOf(view), {
        x: x + space.pad,
        y: heading.y + heading.height + space.s,
        w: inW,
        cols,
        max: 3,
        valueIcon: 'star-filled',
        emptyIcon: 'star',
        flagIcon: 'arrow-up',
        title: t('end.pathTitle'),
      });
    },
  };
}

/** What the icons stand for, in as many columns as fit (up to `most`). */
function legendBlock(scene: GameScene, view: EndView, x: number, w: number, most: number): Block {
  const entries = legendOf(scene, view);
  const inW = w - 2 * space.pad;
  const textX = iconPx.text + space.m;
  const cols = columnsThatFit(inW, LEGEND_COL_W, most);
  const colW = (inW - (cols - 1) * space.l) / cols;
  // A name's first line sits level with its icon's middle.
  const textY = Math.max(0, (iconPx.text - Math.ceil(size.small * LINE)) / 2);
  const rowHs: number[] = [];
  entries.forEach((e, i) => {
    const r = Math.floor(i / cols);
    const eh =
      Math.max(iconPx.text, textY + textH(scene, e.text, { size: 'small', width: colW - textX })) + space.s;
    rowHs[r] = Math.max(rowHs[r] ?? 0, eh);
  });
  const h = rowHs.reduce((a, b) => a + b, 0) + 2 * space.l - space.s;
  return {
    h,
    draw: (y: number) => {
      panel(scene, x, y, w, h);
      let ry = y + space.l;
      rowHs.forEach((rh, r) => {
        entries.slice(r * cols, (r + 1) * cols).forEach((e, c) => {
          const ex = x + space.pad + c * (colW + space.l);
          e.draw(ex + iconPx.text / 2, ry + iconPx.text / 2);
          label(scene, ex + textX, ry + textY, e.text, { size: 'small', width: colW - textX });
        });
        ry += rh;
      });
    },
  };
}

/**
 * A phone: the summary, the missions as rows and the legend, one under the other, in parts with a pager
 * when they do not all fit. A low screen: the bar chart across the whole width, then the summary beside the
 * legend, as two parts.
 */
export function compactPath(scene: GameScene, view: EndView, area: Rect): PageResult {
  if (pagerInBar()) return lowPath(scene, view, area);
  const summary = summaryBlock(scene, view, area.x, area.w);
  const legend = legendBlock(scene, view, area.x, area.w, 3);
  // A tall screen wide enough for the bars (a tablet, a totem) has the bar chart, as at the reference size.
  const barsH = Math.min(BARS_H.most, area.h - summary.h - legend.h - 2 * space.m);
  const wideEnough = area.w >= TWO_COLUMNS_W && barsH >= BARS_H.least;
  const timeline = wideEnough
    ? barsBlock(scene, view, area.x, area.w, barsH)
    : rowsBlock(scene, view, area.x, area.w);
  return flow(scene, 'path', area, [summary, timeline, legend], space.m);
}

/** The bar chart's panel, `h` high. */
function barsBlock(scene: GameScene, view: EndView, x: number, w: number, h: number): Block {
  return { h, draw: (y: number) => barChart(scene, view, { x, y, w, h }) };
}

/** The career's missions as a bar chart of stars, with its heading, in a panel filling `box`. */
export function barChart(scene: GameScene, view: EndView, box: Rect): void {
  const layer = scene.services.layer;
  panel(scene, box.x, box.y, box.w, box.h);
  const chartIn = inset(box, space.pad, space.l);
  const heading = label(scene, chartIn.x, chartIn.y, t('end.pathTitle'), { bold: true, layer, tag: 'h2' });
  timelineChart(scene, layer, marksOf(view), {
    ...below(chartIn, heading.y + heading.height + space.s),
    max: 3,
    valueIcon: 'star-filled',
    flagIcon: 'arrow-up',
    title: t('end.pathTitle'),
  });
}

function lowPath(scene: GameScene, view: EndView, area: Rect): PageResult {
  const count = 2;
  const part = partOf('path', count);
  if (part === 0) barChart(scene, view, area);
  else {
    const [left, right] = columns(area, [2, 3], space.m) as [Rect, Rect];
    summaryBlock(scene, view, left.x, left.w).draw(left.y);
    legendBlock(scene, view, right.x, right.w, 2).draw(right.y);
  }
  return { parts: { part, count }, focus: turnedFocus() };
}
