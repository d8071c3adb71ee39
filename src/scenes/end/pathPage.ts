import { money, t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';
import { barChart, compactPath } from './pathCompact.ts';
import { legendOf } from './pathMarks.ts';

const STRIP_H = 80;
const LEGEND_W = 320;
const TROPHY_PX = 40;

/** "Parcours": where the career ended (rank, pay, stars) and the missions in order. */
export function pathPage(scene: GameScene, view: EndView, area: Rect): PageResult {
  return sizeClass() === 'wide' ? widePath(scene, view, area) : compactPath(scene, view, area);
}

function widePath(scene: GameScene, view: EndView, area: Rect): PageResult {
  const layer = scene.services.layer;
  const { summary, steps } = view;
  // In the legend and the strip's right part: an icon's centre, then its text, from the box's inner edge.
  const ICON_MID = space.m;
  const TEXT_AT = space.gap + space.s;

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
  barChart(scene, view, chart);

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
