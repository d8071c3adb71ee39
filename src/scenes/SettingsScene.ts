import { labelled, languages, nextLanguage, type StringKey, t } from '../i18n/t.ts';
import type { Settings, TextStep } from '../state/saveSchema.ts';
import { systemAsksReducedMotion } from '../ui/appearance.ts';
import type { IconName } from '../ui/icons.ts';
import { actionSlot, below, grid, inset, type Rect, sideBySide } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { slider } from '../ui/slider.ts';
import { label } from '../ui/text.ts';
import { control, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { TEXT_STEP_NAMES } from './names.ts';

type Toggle = 'highContrast' | 'reducedMotion' | 'dyslexicFont';

const TOGGLES: { key: Toggle; name: StringKey; icon: IconName }[] = [
  { key: 'highContrast', name: 'settings.contrast', icon: 'contrast' },
  { key: 'reducedMotion', name: 'settings.motion', icon: 'pause' },
  { key: 'dyslexicFont', name: 'settings.dyslexic', icon: 'type' },
];

/** The sound switch: its name, its state below, an icon (the display switches share their panel's rest). */
const soundH = () => control.h + space.s;
/** The least width a panel needs beside the other; narrower screens stack them. */
const PANEL_MIN_W = 360;

/** Language, sound and display, each applied at once and kept with the save. */
export class SettingsScene extends GameScene {
  create(): void {
    this.enter(t('settings.title'));
    const { header, body, actions } = this.frame();
    label(this, header.x, header.y, t('settings.title'), { size: 'h1', bold: true });
    const [sound, display] = sideBySide(body, [1, 1], PANEL_MIN_W, space.gap).parts as [Rect, Rect];
    this.soundPanel(sound);
    this.displayPanel(display);
    this.backAction({ text: t('settings.back'), onPress: () => this.state.closeSettings() });
    this.btn({
      ...actionSlot(actions, 'other'),
      text: t('settings.credits'),
      icon: 'scroll-text',
      onPress: () => this.state.openPage('credits'),
    });
    this.focusDefault();
  }

  private get settings(): Settings {
    return this.state.settings;
  }

  /** A settings panel: its frame, and its inner box where the sections go. */
  private box(r: Rect): Rect {
    panel(this, r.x, r.y, r.w, r.h);
    return inset(r, space.gap, space.pad);
  }

  /** A section's heading at y; returns where its controls start. */
  private section(inner: Rect, y: number, key: StringKey): number {
    const heading = label(this, inner.x, y, t(key), { bold: true, layer: this.s.layer, tag: 'h2' });
    return heading.y + heading.height + space.l;
  }

  private soundPanel(r: Rect): void {
    const layer = this.s.layer;
    const inner = this.box(r);
    const { x, w } = inner;
    const langRow = { x, y: this.section(inner, inner.y, 'settings.language'), w, h: control.compact };
    // One switch for however many languages ship: it names the current one and moves to the next.
    const names = languages();
    const current = names.find((l) => l.id === this.settings.language) ?? names[0];
    const next = names.find((l) => l.id === nextLanguage(this.settings.language));
    this.btn({
      ...langRow,
      key: 'language',
      text: current?.name ?? '',
      icon: 'languages',
      ariaLabel: `${labelled(t('settings.language'), current?.name ?? '')}. ${next?.playIn ?? ''}`,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
    const soundY = this.section(inner, langRow.y + control.compact + space.gap, 'settings.sound.section');
    const muted = this.settings.muted;
    this.btn({
      x,
      y: soundY,
      w,
      h: soundH(),
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
    const sliderH = (inner.y + inner.h - (soundY + soundH() + space.pad)) / 2;
    const musicY = soundY + soundH() + space.pad;
    slider(this, layer, {
      x,
      y: musicY,
      w,
      name: t('settings.music'),
      value: this.settings.musicVolume,
      format: pct,
      onInput: (v) => this.state.updateSettings({ musicVolume: v }),
    });
    slider(this, layer, {
      x,
      y: musicY + sliderH,
      w,
      name: t('settings.effects'),
      value: this.settings.effectsVolume,
      format: pct,
      onInput: (v) => this.state.updateSettings({ effectsVolume: v }),
      onCommit: () => this.s.audio.play('select'),
    });
  }

  private displayPanel(r: Rect): void {
    const inner = this.box(r);
    const steps: TextStep[] = [0, 1, 2];
    const sizes = grid(
      { ...inner, y: this.section(inner, inner.y, 'settings.textSize') },
      steps.length,
      steps.length,
      space.l,
      control.compact,
    );
    steps.forEach((step) => {
      this.btn({
        ...(sizes[step] as Rect),
        text: t(TEXT_STEP_NAMES[step]),
        pressed: this.settings.textStep === step,
        onPress: () => this.state.updateSettings({ textStep: step }),
      });
    });
    const togglesY = this.section(
      inner,
      (sizes[0] as Rect).y + control.compact + space.gap,
      'settings.display',
    );
    const toggles = grid(below(inner, togglesY), TOGGLES.length, 1, space.l);
    TOGGLES.forEach((toggle, i) => {
      const bySystem = toggle.key === 'reducedMotion' && systemAsksReducedMotion();
      const on = this.settings[toggle.key] || bySystem;
      this.btn({
        ...(toggles[i] as Rect),
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
