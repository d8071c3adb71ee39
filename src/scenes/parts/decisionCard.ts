import { t, tx } from '../../i18n/t.ts';
import { optionOpen } from '../../sim/choose.ts';
import type { Effects, GameEvent } from '../../sim/types.ts';
import { motionReduced, textPx } from '../../ui/appearance.ts';
import type { Rect } from '../../ui/domLayer.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, LINE, TOUCH } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';

export interface DecisionCardOptions {
  event: GameEvent;
  chosen: string | null;
  onChoose: (option: string) => void;
  /** Opens the button kit of the scene (it clicks, and makes the accessible twin). */
  btn: GameScene['btnPublic'];
  /** The card's heading icon: a calendar for production weeks, an alert for a live hitch. */
  icon: IconName;
}

/** Whether an outcome helped, hurt or did both: shown with a shape and a colour, never a colour alone. */
function tone(effects: Effects): { icon: IconName; color: number } {
  const values = Object.values(effects.indicators ?? {});
  const up = values.some((v) => v > 0);
  const down = values.some((v) => v < 0) || (effects.cost ?? 0) > 0 || (effects.weeks ?? 0) > 0;
  if (up && !down) return { icon: 'circle-check', color: color.green };
  if (down && !up) return { icon: 'circle-x', color: color.vermilion };
  return { icon: 'triangle-alert', color: color.orange };
}

/**
 * One event or live step in a box: what happens, the two or three ways to react (side by side when the box
 * is wide, stacked when it is narrow), then what followed.
 */
export function decisionCard(scene: GameScene, box: Rect, o: DecisionCardOptions): void {
  const { event, chosen } = o;
  const { x, y, w, h } = box;
  const s = scene.services;
  const firstChild = scene.children.length;
  panel(scene, x, y, w, h);
  icon(scene, x + 40, y + 40, o.icon, o.icon === 'calendar' ? color.orange : color.vermilion, 32);
  const title = label(scene, x + 72, y + 22, tx(event.title), {
    size: 'h2',
    bold: true,
    width: w - 104,
    maxHeight: 90,
    layer: s.layer,
    tag: 'h2',
  });
  const text = label(scene, x + 32, Math.max(y + 84, title.y + title.height + 14), tx(event.text), {
    width: w - 64,
    maxHeight: 96,
    layer: s.layer,
  });
  let top = text.y + text.height + 20;
  const run = s.store.getState().run;
  const n = event.options.length;
  const stacked = (w - 64) / n < 260;
  const optionW = stacked ? w - 64 : (w - 64 - (n - 1) * 16) / n;
  // Stacked options leave room under them for two lines of outcome, the same before and after the choice.
  const outcomeRoom = 2 * Math.ceil(textPx('body') * LINE) + 16;
  const stackedH = Math.floor((y + h - 16 - outcomeRoom - top) / n - 12);
  const optionH = stacked ? Math.max(TOUCH, Math.min(72, stackedH)) : 112;
  event.options.forEach((option, i) => {
    const open = !!run && optionOpen(option, run.skills, run.team, s.catalogue);
    const lock = option.needs
      ? t('production.locked', { skill: t(SKILL_NAMES[option.needs.skill]), level: option.needs.level })
      : undefined;
    o.btn({
      x: stacked ? x + 32 : x + 32 + i * (optionW + 16),
      y: stacked ? top + i * (optionH + 12) : top,
      w: optionW,
      h: optionH,
      variant: 'choice',
      compact: true,
      text: tx(option.text),
      detail: lock,
      key: `option-${event.id}-${option.id}`,
      pressed: chosen === option.id,
      unavailable: (!!chosen && chosen !== option.id) || !open,
      sound: 'select',
      onPress: () => {
        if (chosen || !open) return s.audio.play('error');
        o.onChoose(option.id);
      },
    });
  });
  top += stacked ? n * (optionH + 12) + 8 : optionH + 24;
  const picked = event.options.find((x) => x.id === chosen);
  if (picked) {
    const mood = tone(picked.effects);
    icon(scene, x + 48, top + 14, mood.icon, mood.color, 28);
    label(scene, x + 76, top, tx(picked.outcome), {
      width: w - 112,
      bold: true,
      maxHeight: y + h - top - 16,
      layer: s.layer,
    });
    s.layer.announce(tx(picked.outcome));
  } else if (!motionReduced()) {
    // A new card slides up into place (its outcome, once chosen, simply appears).
    const parts = scene.children.list.slice(firstChild) as unknown as { y: number }[];
    scene.tweens.add({ targets: parts, y: '-=24', duration: 220, ease: 'Quad.easeOut' });
    for (const p of parts) p.y += 24;
  }
}
