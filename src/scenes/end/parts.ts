import { t } from '../../i18n/t.ts';
import { place, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, LINE, size, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { type Block, splitIntoParts } from './splitIntoParts.ts';

export type { Block };
export { splitIntoParts };

/**
 * A page of the review too long for a small screen shows in parts, one at a time, with a pager under them.
 * The part on show is kept here (in memory, like the review) for the content it belongs to: other content
 * (another page, route or question) starts at its first part.
 */
const shown = { content: '', part: 0, turnedBy: null as string | null };

/** The part of `content` on show, out of `count`. */
export function partOf(content: string, count: number): number {
  if (shown.content !== content) Object.assign(shown, { content, part: 0, turnedBy: null });
  return Math.min(shown.part, count - 1);
}

/** The height a pager row takes under a page's parts (with its gap). */
export const pagerRoom = () => control.touch + space.m;

/** Which part is on show, out of how many. */
export interface Parts {
  part: number;
  count: number;
}

/** What a page drawn in parts tells the scene: the control to focus after a turn, the pager for the action row. */
export interface Flowed {
  focus?: string;
  parts?: Parts;
}

/** A low screen has no height to spare for a pager row: its pager goes in the action row. */
export const pagerInBar = () => sizeClass() === 'short';

/** The pager's button that turned the part just drawn, to focus it again (once). */
export function turnedFocus(): string | undefined {
  const focus = shown.turnedBy ?? undefined;
  shown.turnedBy = null;
  return focus;
}

/**
 * Draws `blocks` in `area` one under the other, in parts with a pager when they do not all fit: at the
 * bottom of the area, or (on a low screen) handed to the action row.
 */
export function flow(
  scene: GameScene,
  content: string,
  area: Rect,
  blocks: readonly Block[],
  gap: number = space.l,
): Flowed {
  const inBar = pagerInBar();
  const all = splitIntoParts(blocks, area.h, gap);
  const parts = all.length > 1 && !inBar ? splitIntoParts(blocks, area.h - pagerRoom(), gap) : all;
  const part = partOf(content, parts.length);
  let y = area.y;
  for (const b of parts[part] ?? []) {
    b.draw(y);
    y += b.h + gap;
  }
  if (parts.length < 2) return {};
  if (inBar) return { parts: { part, count: parts.length }, focus: turnedFocus() };
  pager(
    scene,
    { ...area, y: area.y + area.h - control.touch, h: control.touch },
    { part, count: parts.length },
  );
  return { focus: turnedFocus() };
}

/** ‹ 1 / 2 › in `row`; a turn redraws the scene on the part before or after. */
export function pager(scene: GameScene, row: Rect, { part, count }: Parts): void {
  const turn = (d: number) => {
    shown.part = (part + d + count) % count;
    shown.turnedBy = d < 0 ? 'end-part-prev' : 'end-part-next';
    scene.scene.restart();
  };
  const what = t('end.partOf', { n: part + 1, total: count });
  label(
    scene,
    row.x + row.w / 2,
    row.y + (row.h - Math.ceil(size.small * LINE)) / 2,
    `${part + 1} / ${count}`,
    {
      size: 'small',
      bold: true,
      align: 'center',
      color: color.inkSoft,
    },
  );
  const btnW = Math.min(row.w / 3, control.h * 3);
  scene.btnPublic({
    ...place(row, 'start', btnW),
    text: '',
    icon: 'arrow-left',
    key: 'end-part-prev',
    ariaLabel: `${t('end.partPrev')} — ${what}`,
    onPress: () => turn(-1),
  });
  scene.btnPublic({
    ...place(row, 'end', btnW),
    text: '',
    icon: 'arrow-right',
    key: 'end-part-next',
    ariaLabel: `${t('end.partNext')} — ${what}`,
    onPress: () => turn(1),
  });
}
