import { t, tx } from '../i18n/t.ts';
import type { Button } from '../ui/button.ts';
import type { IconName } from '../ui/icons.ts';
import { label } from '../ui/text.ts';
import { GameScene } from './GameScene.ts';

const FORMAT_ICONS: Record<string, IconName> = {
  mooc: 'school',
  webinar: 'presentation',
  'serious-game': 'gamepad-2',
  'interactive-module': 'layout-template',
  blended: 'blend',
};

/** Design: the format that fits the need. */
export class DesignScene extends GameScene {
  constructor() {
    super('design');
  }

  create(): void {
    const run = this.state.run;
    const mission = this.s.catalogue.missions[run?.missionId ?? ''];
    if (!run || !mission) return;
    this.enter('design', `${t('phase.design')} — ${t('design.title')}`);
    this.phaseHeader(2, 'phase.design', tx(mission.title));
    label(this, 48, 96, t('design.title'), { size: 'h2', bold: true, layer: this.s.layer, tag: 'h2' });

    const cards = new Map<string, Button>();
    mission.formats.forEach((id, i) => {
      const format = this.s.catalogue.formats[id];
      if (!format) return;
      const card = this.btn({
        x: 48 + (i % 2) * 600,
        y: 160 + Math.floor(i / 2) * 140,
        w: 576,
        h: 124,
        variant: 'choice',
        icon: FORMAT_ICONS[id] ?? 'package',
        text: tx(format.name),
        detail: `${tx(format.description)} ${t('design.effort', { n: format.effort })}`,
        pressed: run.format === id,
        sound: 'select',
        onPress: () => this.state.choose({ t: 'format', id }),
      });
      cards.set(id, card);
    });

    const next = this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: t('design.next'),
      icon: 'arrow-right',
      variant: 'primary',
      unavailable: !run.format,
      onPress: () => {
        if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
      },
    });
    this.watch(
      (s) => s.run?.format,
      (format) => {
        for (const [id, card] of cards) card.setPressed(id === format);
        next.setUnavailable(!format);
      },
    );
    this.s.layer.focusFirst();
  }
}
