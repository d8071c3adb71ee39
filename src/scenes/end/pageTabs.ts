import type { StringKey } from '../../i18n/t.ts';
import { t } from '../../i18n/t.ts';
import { END_PAGES, type EndPage } from '../../state/store.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { grid, place, type Rect } from '../../ui/layout.ts';
import { control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { END_PAGE_NAMES } from '../names.ts';
import { textSize } from './measure.ts';

const TAB_ICONS: Record<EndPage, IconName> = {
  path: 'briefcase',
  skills: 'target',
  real: 'graduation-cap',
  quiz: 'lightbulb',
};

/** A page's name on a tab where the full names do not fit (only the long one has a shorter form). */
export function shortPageName(p: EndPage): string {
  return p === 'real' ? t('end.page.realShort') : t(END_PAGE_NAMES[p]);
}

/**
 * The page tabs in `row`, as they fit: the full names in one row (as at the reference size), the short
 * names, the full names two by two (when `twoRows` allows it), or the icons alone (their names said to
 * screen readers), sharing the row up to twice a button's height each. Returns the height they take.
 */
export function pageTabs(scene: GameScene, row: Rect, page: EndPage, twoRows: boolean): number {
  const gap = space.s;
  // Room a tab needs beside its name: the icon on the left, the current page's check on the right.
  const room = control.h + control.icon;
  const need = (text: string) => textSize(scene, text, { bold: true }).w + room;
  const full = END_PAGES.map((p) => t(END_PAGE_NAMES[p]));
  const short = END_PAGES.map(shortPageName);
  const fits = (names: string[]) => {
    const needs = names.map(need);
    const spare = row.w - (names.length - 1) * gap - needs.reduce((a, b) => a + b, 0);
    return spare >= 0 ? needs.map((w) => Math.floor(w + spare / names.length)) : null;
  };
  const tab = (p: EndPage, i: number, box: Rect, text: string) =>
    scene.btnPublic({
      ...box,
      text,
      icon: TAB_ICONS[p],
      key: `end-page-${p}`,
      pressed: p === page,
      ariaLabel: t('end.pageOf', { n: i + 1, total: END_PAGES.length, name: t(END_PAGE_NAMES[p]) }),
      onPress: () => scene.services.store.getState().showEndPage(p),
    });
  const oneRow = (names: string[], widths: number[]) => {
    let x = row.x;
    END_PAGES.forEach((p, i) => {
      const w = widths[i] ?? 0;
      tab(p, i, { x, y: row.y, w, h: control.compact }, names[i] ?? '');
      x += w + gap;
    });
    return control.compact;
  };
  const fullWidths = fits(full);
  if (fullWidths) return oneRow(full, fullWidths);
  const shortWidths = fits(short);
  if (shortWidths) return oneRow(short, shortWidths);
  const half = (row.w - gap) / 2;
  if (twoRows && full.every((name) => need(name) <= half)) {
    const cells = grid({ ...row, h: 2 * control.compact + gap }, END_PAGES.length, 2, gap, control.compact);
    END_PAGES.forEach((p, i) => {
      tab(p, i, cells[i] as Rect, full[i] ?? '');
    });
    return 2 * control.compact + gap;
  }
  const share = (row.w - (END_PAGES.length - 1) * gap) / END_PAGES.length;
  const w = Math.min(share, 2 * control.h);
  const strip = place(row, 'end', END_PAGES.length * w + (END_PAGES.length - 1) * gap, control.compact);
  END_PAGES.forEach((p, i) => {
    tab(p, i, { ...strip, x: strip.x + i * (w + gap), w }, '');
  });
  return control.compact;
}

export type { StringKey };
