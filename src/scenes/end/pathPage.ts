import { money, t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, columnsThatFit, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { recruiterIcon } from '../../ui/recruiterIcons.ts';
import { label, type TextOptions } from '../../ui/text.ts';
import { color, iconPx, sizeClass, space } from '../../ui/theme.ts';
import { flagBadge, type TimelineMark, timelineChart } from '../../ui/timelineChart.ts';
import { timelineRows, timelineRowsH } from '../../ui/timelineRows.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';
import { flow } from './parts.ts';

const STRIP_H = 80;
const LEGEND_W = 320;
const TROPHY_PX = 40;
/** In the legend and the strip's right part: an icon's centre, then its text, from the box's inner edge. */
const iconMid = () => space.m;
const textAt = () => space.gap + space.s;
/** A legend entry's least width when the legend is laid in columns under the timeline. */
const LEGEND_COL_W = 220;
/** From this width the summary's two halves sit side by side and the timeline's rows go in two columns. */
const TWO_COLUMNS_W = 640;

/** "Parcours": where the career ended (rank, pay, stars) and the missions in order. */
export function pathPage(scene: GameScene, view: EndView, area: Rect): PageResult {
  return sizeClass() === 'wide' ? widePath(scene, view, area) : compactPath(scene, view, area);
}

/** The timeline's steps: a bar (or a row) per mission, and what a screen reader says of it. */
function marksOf(view: EndView): TimelineMark[] {
  return view.steps.map((s, i) => {
    const contract = s.contract ? tx(s.contract.short) : t('end.noContract');
    const spoken = [
      t('end.timelineItem', {
        n: i + 1,
        title: s.mission ? tx(s.mission.title) : s.entry.missionId,
        recruiter: s.recruiter ? tx(s.recruiter.name) : '',
        contract: s.contract ? tx(s.contract.name) : t('end.noContract'),
        stars: s.entry.stars,
      }),
      s.rankGained ? t('end.timelinePromoted', { rank: tx(s.rankGained.name) }) : '',
    ];
    return {
      value: s.entry.stars,
      label: String(i + 1),
      caption: contract,
      icon: recruiterIcon(s.entry.recruiter),
      flagged: !!s.rankGained,
      spoken: spoken.filter(Boolean).join(' '),
    };
  });
}

/** The legend's entries: what the shapes and icons stand for (the employers met in this career only). */
function legendOf(
  scene: GameScene,
  view: EndView,
): { draw: (cx: number, cy: number) => void; text: string }[] {
  const kinds = [...new Set(view.steps.map((s) => s.entry.recruiter))];
  return [
    { draw: (cx, cy) => icon(scene, cx, cy, 'star-filled', color.orange, iconPx.text), text: t('end.stars') },
    { draw: (cx, cy) => flagBadge(scene, cx, cy, 'arrow-up'), text: t('end.promotion') },
    ...kinds.map((id) => {
      const r = view.steps.find((s) => s.entry.recruiter === id)?.recruiter;
      return {
        draw: (cx: number, cy: number) => icon(scene, cx, cy, recruiterIcon(id), color.ink, iconPx.text),
        text: r ? tx(r.name) : id,
      };
    }),
  ];
}

function widePath(scene: GameScene, view: EndView, area: Rect): PageResult {
  const layer = scene.services.layer;
  const { summary, steps } = view;
  const ICON_MID = iconMid();
  const TEXT_AT = textAt();

  // The strip: position reached and pay on the left, stars and counts on the right (one line each).
  const strip = { ...area, h: STRIP_H };
  panel(scene, strip.x, strip.y, strip.w, strip.h);
  const inner = inset(strip, space.pad, space.m);
  const counts = place(inner, 'end', LEGEND_W + space.gap);
  icon(scene, inner.x + space.l, strip.y + STRIP_H / 2, 'trophy', color.orange, TROPHY_PX);
  const rank = summary.rank;
  const rankX = inner.x + space.margin + space.s;
  const rankW = counts.x - space.pad - rankX;
  label(scene, rankX, inner.y, t('end.finalRank', { rank: tx(rank.name) }), {
    bold: true,
    width: rankW,
    layer,
  });
  const pay =
    rank.salary === null
      ? t('offers.noSalary')
      : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
  const lower = inner.y + inner.h / 2 + space.xs;
  label(scene, rankX, lower, pay, { size: 'small', color: color.inkSoft, width: rankW, layer });
  icon(scene, counts.x + ICON_MID, inner.y + space.l, 'star-filled', color.orange, iconPx.heading);
  label(
    scene,
    counts.x + TEXT_AT,
    inner.y,
    t('end.totalStars', { n: summary.totalStars, max: summary.maxStars }),
    { bold: true, maxWidth: counts.w - TEXT_AT, layer },
  );
  const promotions = steps.filter((s) => s.rankGained).length;
  label(
    scene,
    counts.x + TEXT_AT,
    lower,
    `${t('end.missions', { n: steps.length })} · ${t('end.promotions', { n: promotions })}`,
    { size: 'small', color: color.inkSoft, maxWidth: counts.w - TEXT_AT, layer },
  );

  // The timeline, and its legend at the right.
  const rest = below(area, strip.y + strip.h + space.l);
  const [chart, legend] = columns(rest, [rest.w - LEGEND_W - space.l, LEGEND_W], space.l) as [Rect, Rect];
  panel(scene, chart.x, chart.y, chart.w, chart.h);
  const chartIn = inset(chart, space.pad, space.l);
  const heading = label(scene, chartIn.x, chartIn.y, t('end.pathTitle'), { bold: true, layer, tag: 'h2' });
  timelineChart(scene, layer, marksOf(view), {
    ...below(chartIn, heading.y + heading.height + space.s),
    max: 3,
    valueIcon: 'star-filled',
    flagIcon: 'arrow-up',
    title: t('end.pathTitle'),
  });

  // The legend: what the shapes and icons stand for (the employers met in this career only).
  panel(scene, legend.x, legend.y, legend.w, legend.h);
  const legendIn = inset(legend, space.pad, space.l);
  let ly = legendIn.y;
  const row = (draw: (cx: number, cy: number) => void, text: string) => {
    draw(legendIn.x + ICON_MID, ly + iconPx.text / 2);
    const l = label(scene, legendIn.x + TEXT_AT, ly, text, { size: 'small', width: legendIn.w - TEXT_AT });
    ly += Math.max(l.height, iconPx.text) + space.s;
  };
  for (const entry of legendOf(scene, view)) row(entry.draw, entry.text);
  return {};
}

/** The height a text takes at a width (measured, then put away). */
function textH(scene: GameScene, text: string, o: TextOptions): number {
  const probe = label(scene, 0, 0, text, o);
  const h = probe.height;
  probe.destroy();
  return h;
}

/**
 * A phone or a low screen: the summary, the timeline as rows (in two columns where wide enough) and the
 * legend under it, in columns, one under the other; in parts with a pager when they do not all fit.
 */
function compactPath(scene: GameScene, view: EndView, area: Rect): PageResult {
  const layer = scene.services.layer;
  const { summary, steps } = view;
  const w = area.w;
  const twoCols = w >= TWO_COLUMNS_W;
  const pad = space.pad;
  const inW = w - 2 * pad;
  const rank = summary.rank;
  const rankText = t('end.finalRank', { rank: tx(rank.name) });
  const pay =
    rank.salary === null
      ? t('offers.noSalary')
      : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
  const stars = t('end.totalStars', { n: summary.totalStars, max: summary.maxStars });
  const promotions = steps.filter((s) => s.rankGained).length;
  const counts = `${t('end.missions', { n: steps.length })} · ${t('end.promotions', { n: promotions })}`;

  // The summary: the trophy beside the position reached and the pay, then the stars beside the counts.
  const half = twoCols ? (inW - space.gap) / 2 : inW;
  const textW = half - textAt();
  const rankH =
    textH(scene, rankText, { bold: true, width: textW }) + textH(scene, pay, { size: 'small', width: textW });
  const starsH =
    textH(scene, stars, { bold: true, width: textW }) + textH(scene, counts, { size: 'small', width: textW });
  const summaryH = (twoCols ? Math.max(rankH, starsH) : rankH + space.m + starsH) + 2 * space.m;
  const summaryBlock = {
    h: summaryH,
    draw: (y: number) => {
      panel(scene, area.x, y, w, summaryH);
      const lines = (x: number, top: number, name: IconName, tint: number, first: string, second: string) => {
        icon(scene, x + iconMid() + space.s, top + iconPx.heading / 2, name, tint, iconPx.heading);
        const a = label(scene, x + textAt(), top, first, { bold: true, width: textW, layer });
        label(scene, x + textAt(), a.y + a.height, second, {
          size: 'small',
          color: color.inkSoft,
          width: textW,
          layer,
        });
      };
      const x = area.x + pad;
      lines(x, y + space.m, 'trophy', color.orange, rankText, pay);
      if (twoCols) lines(x + half + space.gap, y + space.m, 'star-filled', color.orange, stars, counts);
      else lines(x, y + space.m + rankH + space.m, 'star-filled', color.orange, stars, counts);
    },
  };

  // The timeline: a row per mission.
  const cols = twoCols ? 2 : 1;
  const headingH = textH(scene, t('end.pathTitle'), { bold: true, width: inW });
  const timelineH = space.l + headingH + space.s + timelineRowsH(steps.length, cols) + space.l;
  const timelineBlock = {
    h: timelineH,
    draw: (y: number) => {
      panel(scene, area.x, y, w, timelineH);
      const heading = label(scene, area.x + pad, y + space.l, t('end.pathTitle'), {
        bold: true,
        width: inW,
        layer,
        tag: 'h2',
      });
      timelineRows(scene, layer, marksOf(view), {
        x: area.x + pad,
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

  // The legend, in as many columns as fit.
  const entries = legendOf(scene, view);
  const legendCols = columnsThatFit(inW, LEGEND_COL_W, 3);
  const colW = (inW - (legendCols - 1) * space.l) / legendCols;
  const entryH = entries.map(
    (e) => Math.max(iconPx.text, textH(scene, e.text, { size: 'small', width: colW - textAt() })) + space.s,
  );
  const rowHs: number[] = [];
  entryH.forEach((h, i) => {
    const r = Math.floor(i / legendCols);
    rowHs[r] = Math.max(rowHs[r] ?? 0, h);
  });
  const legendH = rowHs.reduce((a, b) => a + b, 0) + 2 * space.l - space.s;
  const legendBlock = {
    h: legendH,
    draw: (y: number) => {
      panel(scene, area.x, y, w, legendH);
      let ry = y + space.l;
      rowHs.forEach((rh, r) => {
        entries.slice(r * legendCols, (r + 1) * legendCols).forEach((e, c) => {
          const x = area.x + pad + c * (colW + space.l);
          e.draw(x + iconMid(), ry + iconPx.text / 2);
          label(scene, x + textAt(), ry, e.text, { size: 'small', width: colW - textAt() });
        });
        ry += rh;
      });
    },
  };
  const focus = flow(scene, 'path', area, [summaryBlock, timelineBlock, legendBlock], space.m);
  return { focus };
}
