import type { Catalogue, Colleague } from '../../content/types.ts';
import { labelled, t, tx } from '../../i18n/t.ts';
import { colleaguesOf } from '../../sim/cast.ts';
import type { Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import { textH } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';
import { FACE, speaker } from './speaker.ts';

interface TeamWords {
  doing: string;
  speaking: Colleague;
  said: string;
}

/** Who does what, and whose turn it is to speak this week (`week`); null for a team with no named colleague. */
function wordsOf(team: readonly string[], week: number, cat: Catalogue): TeamWords | null {
  const colleagues = colleaguesOf(team, cat);
  const speaking = colleagues[week % Math.max(1, colleagues.length)];
  if (!speaking) return null;
  const doing = colleagues.map((c) => t('team.doing', { name: c.name, work: tx(c.work) })).join(' · ');
  return { doing: labelled(t('team.atWork'), doing), speaking, said: tx(speaking.production) };
}

/** The height the team at work takes `w` wide (0 when there is nobody to show). */
export function teamAtWorkHeight(
  scene: GameScene,
  team: readonly string[],
  week: number,
  w: number,
  cat: Catalogue,
): number {
  const words = wordsOf(team, week, cat);
  if (!words) return 0;
  const textW = w - FACE - space.m;
  const name = textH(scene, `${words.speaking.name} · ${tx(words.speaking.trade)}`, {
    size: 'small',
    bold: true,
    width: textW,
  });
  const said = textH(scene, t('cast.says', { words: words.said }), { size: 'small', width: textW });
  return textH(scene, words.doing, { size: 'small', width: w }) + space.s + Math.max(FACE, name + said);
}

/**
 * The hired colleagues at work in `area`: one line of who does what, then the one whose turn it is this week
 * says something that shows what they are like.
 */
export function teamAtWork(
  scene: GameScene,
  team: readonly string[],
  week: number,
  area: Rect,
  cat: Catalogue,
): void {
  const words = wordsOf(team, week, cat);
  if (!words) return;
  const layer = scene.services.layer;
  const line = label(scene, area.x, area.y, words.doing, {
    size: 'small',
    color: color.inkSoft,
    width: area.w,
    layer,
  });
  const top = line.y + line.height + space.s;
  speaker(scene, words.speaking, words.said, area.x, top, area.w, layer);
}
