import { t } from '../../i18n/t.ts';
import { SKILLS } from '../../sim/types.ts';
import type { EndView } from '../../state/endView.ts';
import { panel } from '../../ui/panel.ts';
import { type RadarSeries, radarChart, radarLegendSwatch } from '../../ui/radarChart.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';
import { CONTENT, type PageResult } from './layout.ts';

const CHART_W = 760;

/** "Compétences": the eight skills at the start (dashed, squares) and now (solid, dots), with the figures. */
export function skillsPage(scene: GameScene, view: EndView): PageResult {
  const layer = scene.services.layer;
  const { startSkills, skills } = view.summary;
  const { x, y, h } = CONTENT;
  // One level per step of experience in levels/rules.json.
  const max = scene.services.catalogue.rules.skillLevels.length;
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

  panel(scene, x, y, CHART_W, h);
  label(scene, x + 24, y + 16, t('end.skillsTitle'), { bold: true, layer, tag: 'h2' });
  radarChart(scene, layer, {
    cx: x + CHART_W / 2,
    cy: y + h / 2 + 20,
    r: 140,
    max,
    axes: SKILLS.map((s) => t(SKILL_NAMES[s])),
    series: [start, now],
    title: t('end.skillsTitle'),
    spoken: lines,
  });

  // The key and the figures: the list is the chart's text twin for screen readers.
  const lx = x + CHART_W + 16;
  const lw = CONTENT.w - CHART_W - 16;
  panel(scene, lx, y, lw, h);
  radarLegendSwatch(scene, lx + 24, y + 32, start);
  label(scene, lx + 84, y + 20, t('end.skillsStart'), { size: 'small', bold: true });
  radarLegendSwatch(scene, lx + 220, y + 32, now);
  label(scene, lx + 280, y + 20, t('end.skillsNow'), { size: 'small', bold: true });
  label(scene, lx + 24, y + 56, t('end.skillsScale', { max }), {
    size: 'small',
    color: color.inkSoft,
    layer,
  });
  // The same figures as the chart's text twin, for every reader (the twin is for screen readers).
  SKILLS.forEach((s, i) => {
    const grew = skills[s] > startSkills[s];
    label(scene, lx + 24, y + 100 + i * 42, lines[i] ?? '', {
      bold: grew,
      color: grew ? color.ink : color.inkSoft,
    });
  });
  return {};
}
