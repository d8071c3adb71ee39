import { ICON_TEXT_X } from '../../ui/button.ts';
import type { IconName } from '../../ui/iconNames.ts';
import type { Rect } from '../../ui/layout.ts';
import { control, space } from '../../ui/theme.ts';
import { textSize } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';

/** One tab: a toggle pressed while its page is on show. */
export interface Tab {
  key: string;
  text: string;
  icon: IconName;
  /** Its page is on show. */
  current: boolean;
  onPress: () => void;
}

/** Room a pressed tab keeps at its end for its check mark, and a bare name at its start. */
const CHECK_ROOM = 48;
const BARE_START = 20;

/** How wide a row of these tabs must be at the least: their icons alone. */
export const leastTabsW = (count: number) => count * control.h + (count - 1) * space.s;

/**
 * Tabs side by side at the start (or end) of `row`, as they fit: each with its icon and name, its name alone,
 * or its icon alone (its name then said to screen readers). They take equal widths where the longest name
 * allows, else each the width its own name needs; `fill`: they share the whole row. Returns the width they
 * take.
 */
export function tabRow(
  scene: GameScene,
  row: Rect,
  tabs: readonly Tab[],
  fill: boolean,
  at: 'start' | 'end' = 'start',
): number {
  const gap = space.s;
  const gaps = (tabs.length - 1) * gap;
  const names = tabs.map((tab) => textSize(scene, tab.text, { bold: true }).w);
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + gaps;
  const withIcon = names.map((n) => n + ICON_TEXT_X + CHECK_ROOM);
  const bare = names.map((n) => n + BARE_START + CHECK_ROOM);
  const mode = sum(withIcon) <= row.w ? 'icon' : sum(bare) <= row.w ? 'bare' : 'iconOnly';
  const needs = mode === 'icon' ? withIcon : mode === 'bare' ? bare : names.map(() => control.h);
  const share = (row.w - gaps) / tabs.length;
  const equal = Math.max(...needs) <= share;
  const spare = (row.w - sum(needs)) / tabs.length;
  const widths = needs.map((n) => {
    if (mode === 'iconOnly') return Math.min(n, share);
    if (fill) return equal ? share : n + spare;
    return equal ? Math.max(...needs) : n;
  });
  const total = sum(widths);
  let x = at === 'start' ? row.x : row.x + row.w - total;
  tabs.forEach((tab, i) => {
    const w = widths[i] ?? 0;
    scene.btnPublic({
      x,
      y: row.y,
      w,
      h: row.h,
      text: mode === 'iconOnly' ? '' : tab.text,
      icon: mode === 'bare' ? undefined : tab.icon,
      variant: mode === 'bare' ? 'choice' : 'secondary',
      key: tab.key,
      pressed: tab.current,
      ariaLabel: mode === 'iconOnly' ? tab.text : undefined,
      onPress: () => {
        if (!tab.current) tab.onPress();
      },
    });
    x += w + gap;
  });
  return total;
}
