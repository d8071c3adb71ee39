import type * as Phaser from 'phaser';
import { t } from '../../i18n/t.ts';
import { icon, setIconTint } from '../../ui/icons.ts';
import { columns, inset, type Rect } from '../../ui/layout.ts';
import { meter } from '../../ui/meter.ts';
import { panel } from '../../ui/panel.ts';
import { label, setFitted, setLabel } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PlanWords } from './planWords.ts';

/** The budget gauge's height; the room kept for two lines of warnings; where the card's detail starts at the least. */
const GAUGE_H = 16;
const DETAIL_TOP = 330;
/** A panel this wide puts the plan's list beside the budget instead of under it. */
const TWO_COLUMNS_W = 600;

export interface PlanPanel {
  update(words: PlanWords): void;
  /** Shows a card's name and description (the one under the pointer or the focus). */
  show(name: string, description: string): void;
}

const bottom = (o: Phaser.GameObjects.Text) => o.y + o.height;

/**
 * The plan's panel: budget and its gauge, the delay, refusals and idle tools, the plan's list, then the
 * card under the pointer or the focus. Wide panels put the list in a second column.
 */
export function planPanel(scene: GameScene, box: Rect): PlanPanel {
  const layer = scene.services.layer;
  panel(scene, box.x, box.y, box.w, box.h);
  const inner = inset(box, space.pad, space.l);
  const split = inner.w >= TWO_COLUMNS_W;
  const [left, right] = split ? (columns(inner, [1, 1], space.gap) as [Rect, Rect]) : [inner, inner];
  // The icons in a margin of their own, left of the texts.
  const textX = left.x + Math.max(space.gap, iconPx.text + space.xs);
  const iconX = left.x + Math.max(space.s, iconPx.text / 2 - space.xs);
  icon(scene, iconX, left.y + space.l, 'wallet', color.blue, iconPx.text);
  const title = label(scene, textX, left.y, t('develop.budgetTitle'), {
    size: 'small',
    bold: true,
    maxWidth: left.w - space.gap,
  });
  const spent = label(scene, textX, bottom(title) + space.xs / 2, '', { size: 'small', bold: true });
  const gaugeY = bottom(spent) + space.m;
  const gauge = meter(scene, layer, left.x, gaugeY, left.w, GAUGE_H, t('brief.budget'));
  const delayY = gaugeY + GAUGE_H + space.l;
  const delayIcon = icon(scene, iconX, delayY + space.m, 'clock', color.green, iconPx.text);
  const delay = label(scene, textX, delayY, '', {
    size: 'small',
    bold: true,
    width: left.x + left.w - textX,
    layer,
  });
  const warnings = label(scene, left.x, bottom(delay) + space.m, '', {
    size: 'small',
    color: color.vermilion,
    width: left.w,
    layer,
  });
  // Two lines of warnings are kept free under the delay, so the list does not jump as they come and go.
  const listMin = split ? right.y : warnings.y + 2 * warnings.height + space.m;
  const list = label(scene, right.x, listMin, '', { size: 'small', width: right.w, layer });
  const listBottom = right.y + right.h;
  const detailMin = Math.min(inner.y + DETAIL_TOP, listBottom);
  const detailTitle = label(scene, right.x, detailMin, '', { bold: true, width: right.w });
  const detail = label(scene, right.x, detailMin, '', {
    size: 'small',
    width: right.w,
    color: color.inkSoft,
  });
  const layoutDetail = () => {
    detailTitle.setY(Math.max(detailMin, bottom(list) + space.m));
    detail.setY(bottom(detailTitle) + space.xs);
  };
  return {
    update(w) {
      setLabel(spent, w.spent);
      gauge.set(w.cost, w.budget, w.spentLong);
      setLabel(delay, w.delay);
      setIconTint(delayIcon, w.late ? color.orange : color.green);
      // The delay may wrap (a long language, the largest text): the warnings follow it.
      warnings.setY(bottom(delay) + space.m);
      setLabel(warnings, w.warnings);
      if (!split) list.setY(Math.max(listMin, w.warnings ? bottom(warnings) + space.m : 0));
      setFitted(list, w.chosen, 'small', Math.max(0, Math.min(150, listBottom - list.y)));
      layoutDetail();
    },
    show(name, description) {
      setFitted(detailTitle, name, 'body', 60);
      layoutDetail();
      setFitted(detail, description, 'small', Math.max(24, listBottom - detail.y));
    },
  };
}
