import { t, tx } from '../../i18n/t.ts';
import { optionOpen } from '../../sim/choose.ts';
import type { GameEvent } from '../../sim/types.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

export interface DecisionCardOptions {
  event: GameEvent;
  chosen: string | null;
  onChoose: (option: string) => void;
  /** Opens the button kit of the scene (it clicks, and makes the accessible twin). */
  btn: GameScene['btnPublic'];
}

/** One event or live step: what happens, the two or three ways to react, then what followed. */
export function decisionCard(
  scene: GameScene,
  x: number,
  y: number,
  w: number,
  o: DecisionCardOptions,
): void {
  const { event, chosen } = o;
  const s = scene.services;
  panel(scene, x, y, w, 420);
  icon(scene, x + 40, y + 40, 'calendar', color.orange, 32);
  label(scene, x + 72, y + 22, tx(event.title), {
    size: 'h2',
    bold: true,
    width: w - 104,
    layer: s.layer,
    tag: 'h2',
  });
  const text = label(scene, x + 32, y + 84, tx(event.text), { width: w - 64, layer: s.layer });
  const top = text.y + text.height + 20;
  const run = s.store.getState().run;
  const width = (w - 64 - (event.options.length - 1) * 16) / event.options.length;
  event.options.forEach((option, i) => {
    const open = !!run && optionOpen(option, run.skills, run.team, s.catalogue);
    const lock = option.needs
      ? t('production.locked', { skill: t(`skill.${option.needs.skill}`), level: option.needs.level })
      : undefined;
    o.btn({
      x: x + 32 + i * (width + 16),
      y: top,
      w: width,
      h: 112,
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
  const picked = event.options.find((x) => x.id === chosen);
  if (picked) {
    icon(scene, x + 48, top + 150, 'info', color.blue, 28);
    label(scene, x + 76, top + 136, tx(picked.outcome), { width: w - 112, bold: true, layer: s.layer });
    s.layer.announce(tx(picked.outcome));
  }
}
