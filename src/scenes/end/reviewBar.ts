import { t } from '../../i18n/t.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { place, type Rect } from '../../ui/layout.ts';
import { control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { textSize } from './measure.ts';
import { type Parts, pager } from './parts.ts';

/** The bar's buttons at the reference size: home and a new career on the left, the way on (often long) at the right. */
const BAR_W = { side: 320, next: 400 } as const;

/** Room a button takes beside its name: the kit's icon column on the left, a margin on the right. */
const NAME_ROOM = 88;

export interface BarAction {
  text: string;
  icon?: IconName;
  onPress: () => void;
}

/**
 * The review's bottom bar: home and a new career at the start, the way on at the end. Where the three do
 * not fit with their names, home and a new career keep only their icons (their names said to screen readers).
 */
export interface BarOptions {
  next: BarAction | null;
  /** The names the way on takes on the other pages: the bar keeps one look from page to page. */
  otherNext: readonly string[];
  /** A page in parts on a low screen: its pager goes between the buttons. */
  parts: Parts | undefined;
  onHome: () => void;
  /** What the home button says where it leads elsewhere (a pupil's result code); the title by default. */
  homeText?: string;
  /** Its icon when the bar has no room for its name. */
  homeIcon?: IconName;
  /** A new career; none in a class session. */
  onNew?: () => void;
}

export function reviewBar(scene: GameScene, row: Rect, o: BarOptions): void {
  const { next, parts } = o;
  const gap = space.l;
  const need = (text: string) => Math.ceil(textSize(scene, text, { bold: true }).w + NAME_ROOM);
  const home = o.homeText ?? t('end.home');
  const fresh = o.onNew ? t('end.newCareer') : null;
  const sides = fresh ? 2 : 1;
  const reference = !parts && sides * BAR_W.side + BAR_W.next + sides * gap <= row.w;
  const needs = [
    need(home),
    fresh ? need(fresh) : 0,
    Math.max(0, ...[next?.text ?? '', ...o.otherNext].map(need)),
  ];
  const named = !parts && needs.reduce((a, b) => a + b, 0) + sides * gap <= row.w;
  const sideW = reference
    ? [BAR_W.side, fresh ? BAR_W.side : 0]
    : named
      ? [needs[0] ?? 0, needs[1] ?? 0]
      : [control.h, fresh ? control.h : 0];
  const [homeW = 0, freshW = 0] = sideW;
  const homeBox = place(row, 'start', homeW);
  scene.btnPublic({
    ...homeBox,
    text: reference || named ? home : '',
    icon: reference || named ? 'arrow-left' : (o.homeIcon ?? 'house'),
    ariaLabel: reference || named ? undefined : home,
    key: 'end-home',
    onPress: o.onHome,
  });
  const freshX = homeBox.x + homeW + (fresh ? gap : 0);
  if (fresh && o.onNew)
    scene.btnPublic({
      ...homeBox,
      x: freshX,
      w: freshW,
      text: reference || named ? fresh : '',
      ariaLabel: reference || named ? undefined : fresh,
      icon: 'rotate-ccw',
      key: 'end-new',
      onPress: o.onNew,
    });
  const rest = row.x + row.w - (freshX + freshW + gap);
  // With a pager between them, the way on takes what its name needs (up to half of what is left).
  const nextW = !next
    ? 0
    : reference
      ? BAR_W.next
      : named
        ? Math.max(next ? need(next.text) : 0, Math.min(rest, BAR_W.next))
        : parts
          ? Math.min(next ? need(next.text) : 0, rest / 2)
          : rest;
  if (parts) pager(scene, { ...row, x: freshX + freshW + gap, w: rest - nextW - (next ? gap : 0) }, parts);
  if (!next) return;
  scene.btnPublic({
    ...place(row, 'end', nextW),
    text: next.text,
    icon: next.icon ?? 'arrow-right',
    variant: 'primary',
    key: 'end-next',
    onPress: next.onPress,
  });
}
