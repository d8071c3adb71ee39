import { t } from '../i18n/t.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { GameScene } from './GameScene.ts';

export class SettingsScene extends GameScene {
  constructor() {
    super('settings');
  }

  create(): void {
    this.enter('settings', t('settings.title'));
    const { settings } = this.state;
    label(this, 96, 72, t('settings.title'), { size: 'h1', bold: true });

    panel(this, 96, 160, 1088, 150);
    label(this, 128, 184, t('settings.language'), { bold: true, layer: this.s.layer });
    const langs = [
      { id: 'fr', text: 'Français' },
      { id: 'en', text: 'English' },
    ] as const;
    langs.forEach((l, i) => {
      this.btn({
        x: 128 + i * 300,
        y: 226,
        w: 280,
        h: 64,
        text: l.text,
        icon: 'languages',
        pressed: settings.language === l.id,
        onPress: () => this.state.setLanguage(l.id),
      });
    });

    panel(this, 96, 334, 1088, 150);
    label(this, 128, 358, t('settings.sound'), { bold: true, layer: this.s.layer });
    const sound = this.btn({
      x: 128,
      y: 400,
      w: 280,
      h: 64,
      text: settings.muted ? t('settings.soundOff') : t('settings.soundOn'),
      icon: settings.muted ? 'volume-x' : 'volume-2',
      pressed: !settings.muted,
      onPress: () => {
        this.state.setMuted(!this.state.settings.muted);
        this.scene.restart();
      },
    });
    sound.el.setAttribute('aria-label', t('settings.sound'));

    this.btn({
      x: 96,
      y: 540,
      w: 280,
      h: 64,
      text: t('settings.back'),
      icon: 'arrow-left',
      onPress: () => this.state.closeSettings(),
    });
    this.s.layer.focusFirst();
  }
}
