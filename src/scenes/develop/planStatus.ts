import { t } from '../../i18n/t.ts';
import { icon, setIconTint } from '../../ui/icons.ts';
import { columns, type Rect } from '../../ui/layout.ts';
import { meter } from '../../ui/meter.ts';
import { label, setFitted } from '../../ui/text.ts';
import { color, hex, iconPx, LINE, size, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PlanWords } from './planWords.ts';

const GAUGE_H = 8;
/** Narrower than this, the budget and the delay go one under the other. */
export const STATUS_LINE_W = 440;

const lineH = () => Math.ceil(size.small * LINE);

/** The height the status takes in a width: one row, or the budget's line over two lines for the delay. */
export function planStatusHeight(w: number, rowH: number): number {
  return w >= STATUS_LINE_W ? rowH : lineH() + space.s + 2 * lineH() + space.s;
}

/**
 * The plan in brief, with the cards when the panel is a tab of its own: the budget spent and its gauge,
 * then the delay, or what was just refused.
 */
export function planStatus(scene: GameScene, r: Rect): (words: PlanWords) => void {
  const layer = scene.services.layer;
  const beside = r.w >= STATUS_LINE_W;
  const [money, time] = beside
    ? (columns(r, [2, 3], space.l) as [Rect, Rect])
    : [
        { ...r, h: lineH() },
        { ...r, y: r.y + lineH() + space.s, h: r.h - lineH() - space.s },
      ];
  const textX = (part: Rect) => part.x + iconPx.text + space.s;
  const iconX = (part: Rect) => part.x + iconPx.text / 2;
  icon(scene, iconX(money), money.y + money.h / 2, 'wallet', color.blue, iconPx.text);
  // Beside: the gauge under the amount; stacked: the gauge in the line's second half.
  const [amount, bar] = beside
    ? [
        money,
        { x: textX(money), y: money.y + money.h - GAUGE_H - space.xs, w: money.x + money.w - textX(money) },
      ]
    : (columns(money, [1, 1], space.m) as [Rect, Rect]);
  const gaugeY = beside ? bar.y : money.y + (money.h - GAUGE_H) / 2;
  const gauge = meter(scene, layer, bar.x, gaugeY, bar.w, GAUGE_H, t('brief.budget'));
  const spent = label(scene, textX(money), amount.y, '', { size: 'small', bold: true });
  const timeMid = beside ? time.y + time.h / 2 : time.y + lineH() / 2;
  const delayIcon = icon(scene, iconX(time), timeMid, 'clock', color.green, iconPx.text);
  const delay = label(scene, textX(time), time.y, '', {
    size: 'small',
    bold: true,
    width: time.x + time.w - textX(time),
    layer,
  });
  return (w) => {
    setFitted(spent, w.spent, 'small', beside ? gaugeY - money.y : money.h);
    gauge.set(w.cost, w.budget, w.spentLong);
    const warning = w.warnings.split('\n')[0] ?? '';
    setFitted(delay, warning || w.delay, 'small', time.h);
    if (beside) delay.setY(timeMid - delay.height / 2);
    delay.setColor(hex(warning ? color.vermilion : color.ink));
    setIconTint(delayIcon, warning ? color.vermilion : w.late ? color.orange : color.green);
  };
}
