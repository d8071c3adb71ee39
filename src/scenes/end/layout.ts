import type { StringKey } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import type { GameScene } from '../GameScene.ts';

/** Where a page of the review draws: below the title and the page tabs, above the bottom bar. */
export const CONTENT = { x: 48, y: 168, w: 1184, h: 448 } as const;

/** What a page of the review puts in the bottom bar's main slot instead of "next page", and where focus goes. */
export interface PageResult {
  action?: { text: string; icon?: IconName; onPress: () => void };
  /** Which control takes focus when the one that had it is gone (its data-key). */
  focus?: string;
}

/** A page of the review draws itself into CONTENT. */
export type PageDraw = (scene: GameScene, view: EndView) => PageResult;

export type { StringKey };
