import { MAX_SKILL_LEVEL, SKILLS } from '../../content/vocabulary.ts';
import { t } from '../../i18n/t.ts';
import { columns, columnsThatFit, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { LEGEND_SWATCH_W, type RadarSeries, radarChart, radarLegendSwatch } from '../../ui/radarChart.ts';
import { label } from '../../ui/text.ts';
import { color, LINE, size, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';
import type { PageResult } from './layout.ts';
import { textSize } from './measure.ts';
import { type Block, flow, pagerRoom } from './parts.ts';

/** Below this radius the chart names its axes by number, the figures under it giving the names. */
const MIN_NAMED_R = 90;
/** The least radius worth drawing on a phone, and the room between the ring and an axis's name. */
const MIN_R = 64;
const AXIS_GAP = 16;
/** A figure's least width when the figures go in columns. */
const FIGURE_COL_W = 220;

/**
 * A phone or a low screen: the chart (its axes numbered where their names leave it too small) and the
 * figures, side by side on a low screen, else one under the other, in parts when they do not fit.
 */
export function compactSkills(
  scene: GameScene,
  area: Rect,
  lines: string[],
  [start, now]: [RadarSeries, RadarSeries],
  mostR: number,
): PageResult {
  const layer = scene.services.layer;
  const pad = space.pad;
  const low = sizeClass() === 'short';
  const names = SKILLS.map((s) => t(SKILL_NAMES[s]));
  // On a low screen the chart is as wide as it is high, the figures beside it.
  const [chartBox, keyBox] = low
    ? (columns(area, [area.h, area.w - area.h - space.m], space.m) as [Rect, Rect])
    : [area, area];
  const axisH = Math.ceil(size.small * LINE);
  const widestName = Math.max(...names.map((n) => textSize(scene, n, { size: 'small', bold: true }).w));
  const widestNumber = textSize(scene, String(SKILLS.length), { size: 'small', bold: true }).w;
  const title = t('end.skillsTitle');
  const titleH = low ? 0 : textSize(scene, title, { bold: true, width: chartBox.w - 2 * pad }).h + space.s;

  // The figures: the key (the two series, the scale), then a line per skill, in columns where they fit.
  const keyIn = keyBox.w - 2 * pad;
  const figCols = columnsThatFit(keyIn, FIGURE_COL_W, 2);
  const colW = (keyIn - (figCols - 1) * space.l) / figCols;
  const figSize = low ? 'small' : 'body';
  const keyTitleH = low ? textSize(scene, title, { bold: true, width: keyIn }).h + space.s : 0;
  const swatchH = Math.ceil(size.small * LINE);
  const scaleText = t('end.skillsScale', { max: MAX_SKILL_LEVEL });
  const scaleH = textSize(scene, scaleText, { size: 'small', width: keyIn }).h;
  const perCol = Math.ceil(SKILLS.length / figCols);
  const lineH = Math.max(
    ...lines.map(
      (l) => textSize(scene, `${SKILLS.length}. ${l}`, { size: figSize, bold: true, width: colW }).h,
    ),
  );
  const figuresH = perCol * lineH + (perCol - 1) * space.xs;
  const keyH = 2 * space.l + keyTitleH + swatchH + space.s + scaleH + space.m + figuresH;

  // The chart's radius: as large as the width allows with the axes' names, else numbered axes.
  const chartRoom = low ? chartBox.h : area.h - keyH - space.m;
  const byHeight = (h: number) => (h - titleH - 2 * space.l) / 2 - AXIS_GAP - axisH;
  const byWidth = (labelW: number) => (chartBox.w - 2 * pad) / 2 - AXIS_GAP - labelW;
  const namedR = Math.min(mostR, byWidth(widestName), byHeight(chartRoom));
  const numbered = namedR < MIN_NAMED_R;
  let r = numbered ? Math.min(mostR, byWidth(widestNumber), byHeight(chartRoom)) : namedR;
  // Too low beside the figures: the chart gets a part of its own.
  if (!low && r < MIN_R) r = Math.min(mostR, byWidth(widestNumber), byHeight(area.h - pagerRoom()));
  const axes = numbered ? names.map((_, i) => String(i + 1)) : names;
  const chartH = low ? chartBox.h : Math.ceil(titleH + 2 * (r + AXIS_GAP + axisH) + 2 * space.l);

  // On a low screen the chart and the figures each take the whole height of their column.
  const keyPanelH = low ? keyBox.h : keyH;
  const chart: Block = {
    h: chartH,
    draw: (y) => {
      panel(scene, chartBox.x, y, chartBox.w, chartH);
      if (!low)
        label(scene, chartBox.x + pad, y + space.l, title, {
          bold: true,
          width: chartBox.w - 2 * pad,
          layer,
          tag: 'h2',
        });
      radarChart(scene, layer, {
        cx: chartBox.x + chartBox.w / 2,
        cy: y + space.l + titleH + (chartH - titleH - 2 * space.l) / 2,
        r,
        max: MAX_SKILL_LEVEL,
        axes,
        series: [start, now],
        title,
        spoken: lines,
      });
    },
  };
  const key: Block = {
    h: keyH,
    draw: (y) => {
      panel(scene, keyBox.x, y, keyBox.w, keyPanelH);
      const x = keyBox.x + pad;
      let top = y + space.l;
      if (low) {
        label(scene, x, top, title, { bold: true, width: keyIn, layer, tag: 'h2' });
        top += keyTitleH;
      }
      const [was, is] = columns({ x, y: top, w: keyIn, h: swatchH }, [1, 1], space.l) as [Rect, Rect];
      const swatch = (at: Rect, series: RadarSeries, text: string) => {
        radarLegendSwatch(scene, at.x, top + swatchH / 2, series);
        label(scene, at.x + LEGEND_SWATCH_W + space.m, top, text, {
          size: 'small',
          bold: true,
          maxWidth: at.w - LEGEND_SWATCH_W - space.m,
        });
      };
      swatch(was, start, t('end.skillsStart'));
      swatch(is, now, t('end.skillsNow'));
      top += swatchH + space.s;
      label(scene, x, top, scaleText, { size: 'small', color: color.inkSoft, width: keyIn, layer });
      top += scaleH + space.m;
      SKILLS.forEach((_, i) => {
        const grew = (now.values[i] ?? 0) > (start.values[i] ?? 0);
        const col = Math.floor(i / perCol);
        const row = i % perCol;
        const text = numbered ? `${i + 1}. ${lines[i] ?? ''}` : (lines[i] ?? '');
        label(scene, x + col * (colW + space.l), top + row * (lineH + space.xs), text, {
          size: figSize,
          bold: grew,
          color: grew ? color.ink : color.inkSoft,
          width: colW,
        });
      });
    },
  };
  if (low) {
    chart.draw(area.y);
    key.draw(area.y);
    return {};
  }
  return flow(scene, 'skills', area, [chart, key], space.m);
}
