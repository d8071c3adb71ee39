import { labelled, languages, nextLanguage, type StringKey, t } from '../i18n/t.ts';
import type { Settings, TextStep } from '../state/saveSchema.ts';
import { systemAsksReducedMotion } from '../ui/appearance.ts';
import type { IconName } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { slider } from '../ui/slider.ts';
import { label } from '../ui/text.ts';
import { GameScene } from './GameScene.ts';
import { TEXT_STEP_NAMES } from './names.ts';

type Toggle = 'highContrast' | 'reducedMotion' | 'dyslexicFont';

const TOGGLES: { key: Toggle; name: StringKey; icon: IconName }[] = [
  { key: 'highContrast', name: 'settings.contrast', icon: 'contrast' },
  { key: 'reducedMotion', name: 'settings.motion', icon: 'pause' },
  { key: 'dyslexicFont', name: 'settings.dyslexic', icon: 'type' },
];

/** Language, sound and display, each applied at once and kept with the save. */
export class SettingsScene extends GameScene {
  constructor() {
    super('settings');
  }

  create(): void {
    this.enter('settings', t('settings.title'));
    label(this, 64, 28, t('settings.title'), { size: 'h1', bold: true });
    this.soundPanel(64, 104);
    this.displayPanel(664, 104);
    this.btn({
      x: 64,
      y: 636,
      w: 280,
      h: 64,
      text: t('settings.back'),
      icon: 'arrow-left',
      onPress: () => this.state.closeSettings(),
    });
    this.btn({
      x: 936,
      y: 636,
      w: 280,
      h: 64,
      text: t('settings.credits'),
      icon: 'scroll-text',
      onPress: () => this.state.openPage('credits'),
    });
    this.focusDefault();
  }

  private get settings(): Settings {
    return this.state.settings;
  }

  private soundPanel(x: number, y: number): void {
    const layer = this.s.layer;
    panel(this, x, y, 552, 512);
    label(this, x + 32, y + 20, t('settings.language'), { bold: true, layer, tag: 'h2' });
    // One switch for however many languages ship: it names the current one and moves to the next.
    const names = languages();
    const current = names.find((l) => l.id === this.settings.language) ?? names[0];
    const next = names.find((l) => l.id === nextLanguage(this.settings.language));
    this.btn({
      x: x + 32,
      y: y + 60,
      w: 488,
      h: 56,
      key: 'language',
      text: current?.name ?? '',
      icon: 'languages',
      ariaLabel: `${labelled(t('settings.language'), current?.name ?? '')}. ${next?.playIn ?? ''}`,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
    label(this, x + 32, y + 148, t('settings.sound.section'), { bold: true, layer, tag: 'h2' });
    const muted = this.settings.muted;
    this.btn({
      x: x + 32,
      y: y + 188,
      w: 488,
      h: 72,
      key: 'sound',
      variant: 'choice',
      text: t('settings.sound'),
      detail: muted ? t('settings.soundOff') : t('settings.soundOn'),
      icon: muted ? 'volume-x' : 'volume-2',
      pressed: !muted,
      onPress: () => {
        this.state.setMuted(!this.state.settings.muted);
        this.refresh();
      },
    });
    const pct = (v: number) => t('settings.volume', { n: Math.round(v * 100) });
    slider(this, layer, {
      x: x + 32,
      y: y + 280,
      w: 488,
      name: t('settings.music'),
      value: this.settings.musicVolume,
      format: pct,
      onInput: (v) => this.state.updateSettings({ musicVolume: v }),
    });
    slider(this, layer, {
      x: x + 32,
      y: y + 388,
      w: 488,
      name: t('settings.effects'),
      value: this.settings.effectsVolume,
      format: pct,
      onInput: (v) => this.state.updateSettings({ effectsVolume: v }),
      onCommit: () => this.s.audio.play('select'),
    });
  }

  private displayPanel(x: number, y: number): void {
    const layer = this.s.layer;
    panel(this, x, y, 552, 512);
    label(this, x + 32, y + 20, t('settings.textSize'), { bold: true, layer, tag: 'h2' });
    ([0, 1, 2] as TextStep[]).forEach((step) => {
      this.btn({
        x: x + 32 + step * 168,
        y: y + 60,
        w: 152,
        h: 56,
        text: t(TEXT_STEP_NAMES[step]),
        pressed: this.settings.textStep === step,
        onPress: () => this.state.updateSettings({ textStep: step }),
      });
    });
    label(this, x + 32, y + 148, t('settings.display'), { bold: true, layer, tag: 'h2' });
    TOGGLES.forEach((toggle, i) => {
      const bySystem = toggle.key === 'reducedMotion' && systemAsksReducedMotion();
      const on = this.settings[toggle.key] || bySystem;
      this.btn({
        x: x + 32,
        y: y + 188 + i * 104,
        w: 488,
        h: 88,
        key: toggle.key,
        variant: 'choice',
        icon: toggle.icon,
        text: t(toggle.name),
        detail: bySystem ? t('settings.bySystem') : t(on ? 'settings.on' : 'settings.off'),
        pressed: on,
        unavailable: bySystem,
        onPress: () => {
          if (bySystem) return;
          this.state.updateSettings({ [toggle.key]: !this.state.settings[toggle.key] });
        },
      });
    });
  }
}
