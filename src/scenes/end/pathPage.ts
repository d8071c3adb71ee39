import { money, t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { recruiterIcon } from '../../ui/recruiterIcons.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import { flagBadge, timelineChart } from '../../ui/timelineChart.ts';
import type { GameScene } from '../GameScene.ts';
import { CONTENT, type PageResult } from './layout.ts';

const STRIP_H = 88;
const LEGEND_W = 320;

/** "Parcours": where the career ended (rank, pay, stars) and the missions in order. */
export function pathPage(scene: GameScene, view: EndView): PageResult {
  const layer = scene.services.layer;
  const { summary, steps } = view;
  const { x, y, w } = CONTENT;

  // The strip: position reached and pay on the left, stars and counts on the right.
  panel(scene, x, y, w, STRIP_H);
  icon(scene, x + 40, y + STRIP_H / 2, 'trophy', color.orange, 40);
  const rank = summary.rank;
  label(scene, x + 80, y + 14, t('end.finalRank', { rank: tx(rank.name) }), {
    bold: true,
    width: 700,
    layer,
  });
  const pay =
    rank.salary === null
      ? t('offers.noSalary')
      : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
  label(scene, x + 80, y + 50, pay, { size: 'small', color: color.inkSoft, width: 700, layer });
  icon(scene, x + 820, y + 30, 'star-filled', color.orange, 32);
  label(scene, x + 848, y + 16, t('end.totalStars', { n: summary.totalStars, max: summary.maxStars }), {
    bold: true,
    layer,
  });
  const promotions = steps.filter((s) => s.rankGained).length;
  label(
    scene,
    x + 848,
    y + 50,
    `${t('end.missions', { n: steps.length })} · ${t('end.promotions', { n: promotions })}`,
    { size: 'small', color: color.inkSoft, layer },
  );

  // The timeline.
  const top = y + STRIP_H + 16;
  const h = CONTENT.h - STRIP_H - 16;
  const chartW = w - LEGEND_W - 16;
  panel(scene, x, top, chartW, h);
  label(scene, x + 24, top + 16, t('end.pathTitle'), { bold: true, layer, tag: 'h2' });
  timelineChart(
    scene,
    layer,
    steps.map((s, i) => {
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
    }),
    {
      x: x + 24,
      y: top + 56,
      w: chartW - 48,
      h: h - 72,
      max: 3,
      valueIcon: 'star-filled',
      flagIcon: 'arrow-up',
      title: t('end.pathTitle'),
    },
  );

  // The legend: what the shapes and icons stand for (the employers met in this career only).
  const lx = x + chartW + 16;
  panel(scene, lx, top, LEGEND_W, h);
  let ly = top + 20;
  const row = (draw: (cx: number, cy: number) => void, text: string) => {
    draw(lx + 36, ly + 13);
    const l = label(scene, lx + 64, ly, text, { size: 'small', width: LEGEND_W - 88 });
    ly += Math.max(l.height, 26) + 8;
  };
  row((cx, cy) => icon(scene, cx, cy, 'star-filled', color.orange, 24), t('end.stars'));
  row((cx, cy) => flagBadge(scene, cx, cy, 'arrow-up'), t('end.promotion'));
  const kinds = [...new Set(steps.map((s) => s.entry.recruiter))];
  for (const id of kinds) {
    const r = view.steps.find((s) => s.entry.recruiter === id)?.recruiter;
    row((cx, cy) => icon(scene, cx, cy, recruiterIcon(id), color.ink, 26), r ? tx(r.name) : id);
  }
  return {};
}
