import { t } from '../../i18n/t.ts';
import { place, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** What a list's pager needs: where the list is, how many pages, what to call its controls and how to turn. */
export interface PagerOptions {
  page: number;
  pages: number;
  /** Makes the keys `${key}-prev` and `${key}-next`. */
  key: string;
  go: (page: number) => void;
}

/**
 * Previous and next page, as arrow buttons at the two ends of `bar`, and "Page n of m" between them.
 * Draws nothing for a single page.
 */
export function pager(scene: GameScene, bar: Rect, o: PagerOptions): void {
  if (o.pages < 2) return;
  const { page, pages } = o;
  scene.btnPublic({
    ...place(bar, 'start', control.h, control.h),
    text: '',
    icon: 'arrow-left',
    key: `${o.key}-prev`,
    ariaLabel: t('codex.prev'),
    unavailable: page === 0,
    onPress: () => page > 0 && o.go(page - 1),
  });
  // "Page n of m" between the arrows; "n / m" when that is too long for the room (still spoken in full).
  const mid = bar.x + bar.w / 2;
  const room = bar.w - 2 * control.h - 2 * space.s;
  const full = t('codex.page', { n: page + 1, total: pages });
  let where = label(scene, mid, bar.y, full, { bold: true, align: 'center', layer: scene.services.layer });
  if (where.width > room) {
    where.setVisible(false);
    where = label(scene, mid, bar.y, `${page + 1} / ${pages}`, {
      bold: true,
      align: 'center',
      maxWidth: room,
    });
  }
  where.setY(bar.y + (control.h - where.height) / 2);
  scene.btnPublic({
    ...place(bar, 'end', control.h, control.h),
    text: '',
    icon: 'arrow-right',
    key: `${o.key}-next`,
    ariaLabel: t('codex.next'),
    unavailable: page === pages - 1,
    onPress: () => page < pages - 1 && o.go(page + 1),
  });
}

/** The width a pager needs: its two arrows and the page's number between them. */
export const PAGER_W = 300;
