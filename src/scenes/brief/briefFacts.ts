import type { Mission } from '../../content/types.ts';
import { labelled, money, type StringKey, t, tx } from '../../i18n/t.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { columns, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** Room left of a fact for its icon, and the icon's centre below the text's top. */
const ICON_ROOM = 44;
const ICON_MID = 14;
/** A fact's text needs this much room to stay on one line beside another. */
const FACT_MIN_W = 180;

/** The four facts in `area`; returns where they end. */
export function briefFacts(scene: GameScene, mission: Mission, area: Rect): number {
  const items: [IconName, StringKey, string][] = [
    ['users', 'brief.audience', tx(mission.audience)],
    ['target', 'brief.objective', tx(mission.objective)],
    // The game's amounts are invented: said so wherever one is shown.
    ['wallet', 'brief.budget', t('brief.fictive', { n: money(mission.budget) })],
    ['clock', 'brief.weeks', t('brief.weeksValue', { n: mission.weeks })],
  ];
  // Who and what, one under the other at full width (the most text per line), sharing the space left;
  // money and time on one line below.
  const lineH = 34;
  // Money and time one under the other when the panel is too narrow for both on a line.
  const apart = area.w < 2 * (ICON_ROOM + FACT_MIN_W);
  const bottom = area.y + area.h - (apart ? 2 : 1) * lineH;
  const [audience, objective, budget, weeks] = items;
  const share = (bottom - space.m - space.s - area.y) / 2;
  const textX = area.x + ICON_ROOM;
  let y = area.y;
  for (const item of [audience, objective]) {
    if (!item) continue;
    const [ico, key, value] = item;
    icon(scene, area.x + space.l, y + ICON_MID, ico, color.blue, iconPx.text);
    const l = label(scene, textX, y, labelled(t(key), value), {
      size: 'small',
      width: area.w - ICON_ROOM,
      maxHeight: Math.max(24, share),
      layer: scene.services.layer,
    });
    y += Math.max(l.height, 30) + space.s;
  }
  // Upright, money and time come right under who and what; elsewhere (and when low) at the bottom.
  // Never over who and what, even where the largest text would not shrink into their share.
  const lineY = Math.max(y, sizeClass() === 'narrow' ? Math.min(bottom, y + space.s) : bottom);
  const line = { ...area, y: lineY, h: lineH };
  (apart ? [line, { ...line, y: lineY + lineH }] : columns(line, [1, 1], space.gap)).forEach((cell, i) => {
    const item = [budget, weeks][i];
    if (!item) return;
    const [ico, key, value] = item;
    icon(scene, cell.x + space.l, cell.y + ICON_MID, ico, color.blue, iconPx.text);
    label(scene, cell.x + ICON_ROOM, cell.y, labelled(t(key), value), {
      size: 'small',
      bold: true,
      width: cell.w - ICON_ROOM,
      maxHeight: lineH,
      layer: scene.services.layer,
    });
  });
  return lineY + (apart ? 2 : 1) * lineH;
}
