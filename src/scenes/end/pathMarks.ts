import { t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import { icon } from '../../ui/icons.ts';
import { recruiterIcon } from '../../ui/recruiterIcons.ts';
import { color, iconPx } from '../../ui/theme.ts';
import { flagBadge, type TimelineMark } from '../../ui/timelineChart.ts';
import type { GameScene } from '../GameScene.ts';

/** The timeline's steps: a bar (or a row) per mission, and what a screen reader says of it. */
export function marksOf(view: EndView): TimelineMark[] {
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
export function legendOf(
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
