import { MAX_SKILL_LEVEL, SKILLS } from '../../content/vocabulary.ts';
import { t } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import { columns, inset, type Rect, rows } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { LEGEND_SWATCH_W, type RadarSeries, radarChart, radarLegendSwatch } from '../../ui/radarChart.ts';
import { label } from '../../ui/text.ts';
import { color, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';
import type { PageResult } from './layout.ts';
import { compactSkills } from './skillsCompact.ts';

const CHART_W = 760;
/** The chart's radius at the reference size, and the most it takes on any screen. */
const RADAR_R = 140;

/** "Compétences": the eight skills at the start (dashed, squares) and now (solid, dots), with the figures. */
export function skillsPage(scene: GameScene, view: EndView, area: Rect): PageResult {
  const layer = scene.services.layer;
  const { startSkills, skills } = view.summary;
  const max = MAX_SKILL_LEVEL;
  const lines = SKILLS.map((s) =>
    t('end.skillLine', { skill: t(SKILL_NAMES[s]), from: startSkills[s], to: skills[s] }),
  );
  const start: RadarSeries = {
    values: SKILLS.map((s) => startSkills[s]),
    color: color.orange,
    dashed: true,
    marker: 'square',
    fill: 0,
  };
  const now: RadarSeries = {
    values: SKILLS.map((s) => skills[s]),
    color: color.blue,
    dashed: false,
    marker: 'circle',
    fill: 0.18,
  };

  if (sizeClass() !== 'wide') return compactSkills(scene, area, lines, [start, now], RADAR_R);
  const [chart, key] = columns(area, [CHART_W, area.w - CHART_W - space.l], space.l) as [Rect, Rect];
  panel(scene, chart.x, chart.y, chart.w, chart.h);
  label(scene, chart.x + space.pad, chart.y + space.l, t('end.skillsTitle'), {
    bold: true,
    layer,
    tag: 'h2',
  });
  // Centred a little low: the title takes the top.
  radarChart(scene, layer, {
    cx: chart.x + chart.w / 2,
    cy: chart.y + chart.h / 2 + space.pad,
    r: RADAR_R,
    max,
    axes: SKILLS.map((s) => t(SKILL_NAMES[s])),
    series: [start, now],
    title: t('end.skillsTitle'),
    spoken: lines,
  });

  // The key and the figures: the list is the chart's text twin for screen readers.
  panel(scene, key.x, key.y, key.w, key.h);
  const inner = inset(key, space.pad, space.l);
  // The two series' swatches side by side, each with its name.
  const swatchY = inner.y + space.l;
  const [was, is] = columns(inner, [1, 1], space.l) as [Rect, Rect];
  radarLegendSwatch(scene, was.x, swatchY, start);
  label(scene, was.x + LEGEND_SWATCH_W + space.m, swatchY - space.m, t('end.skillsStart'), {
    size: 'small',
    bold: true,
  });
  radarLegendSwatch(scene, is.x, swatchY, now);
  label(scene, is.x + LEGEND_SWATCH_W + space.m, swatchY - space.m, t('end.skillsNow'), {
    size: 'small',
    bold: true,
  });
  const scale = label(scene, inner.x, swatchY + space.pad, t('end.skillsScale', { max }), {
    size: 'small',
    color: color.inkSoft,
    layer,
  });
  // The same figures as the chart's text twin, for every reader (the twin is for screen readers).
  const top = scale.y + scale.height + space.l;
  const figures = rows(
    { ...inner, y: top, h: inner.y + inner.h - top },
    SKILLS.map(() => 1),
    0,
  );
  SKILLS.forEach((s, i) => {
    const grew = skills[s] > startSkills[s];
    label(scene, inner.x, figures[i]?.y ?? top, lines[i] ?? '', {
      bold: grew,
      color: grew ? color.ink : color.inkSoft,
    });
  });
  return {};
}
