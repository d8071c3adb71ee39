import type { StringKey } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import type { Rect } from '../../ui/layout.ts';
import type { GameScene } from '../GameScene.ts';
import type { Parts } from './parts.ts';

/** What a page of the review puts in the bottom bar's main slot instead of "next page", and where focus goes. */
export interface PageResult {
  action?: { text: string; icon?: IconName; onPress: () => void };
  /** Which control takes focus when the one that had it is gone (its data-key). */
  focus?: string;
  /** A page in parts whose pager goes in the action row (a low screen). */
  parts?: Parts;
}

/** A page of the review draws itself into `area`: below the title and the page tabs, above the action row. */
export type PageDraw = (scene: GameScene, view: EndView, area: Rect) => PageResult;

export type { StringKey };
