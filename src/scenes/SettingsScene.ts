import { labelled, languages, nextLanguage, type StringKey, t } from '../i18n/t.ts';
import type { Settings } from '../state/saveSchema.ts';
import { actionSlot, below, columns, grid, inset, place, type Rect, sideBySide } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { SLIDER_TRACK_H, slider } from '../ui/slider.ts';
import { label, type TextSize } from '../ui/text.ts';
import { control, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { openCareerMenu } from './settings/careerMenu.ts';
import { TOGGLES, textSizes, toggles } from './settings/displayControls.ts';

/** The sound switch: its name, its state below, an icon (the display switches share their panel's rest). */
const soundH = () => control.h + space.s;
/** The least width a panel needs beside the other; narrower screens stack them. */
const PANEL_MIN_W = 360;
/** A tab's width when the tabs sit beside the title (a phone turned sideways). */
const TAB_W = 200;

type Tab = 'sound' | 'display';
const TABS: { id: Tab; name: StringKey }[] = [
  { id: 'sound', name: 'settings.sound.section' },
  { id: 'display', name: 'settings.display' },
];

/** A part of a settings group drawn at its natural height: `h` high, drawn from its top left, `w` wide. */
interface Section {
  h: number;
  draw: (x: number, y: number, w: number) => void;
}

/** Language, sound and display, each applied at once and kept with the save. */
export class SettingsScene extends GameScene {
  create(data: { tab?: Tab } = {}): void {
    this.enter(t('settings.title'));
    const { header, body, actions } = this.frame();
    const title = label(this, header.x, header.y, t('settings.title'), { size: 'h1', bold: true });
    const split = sideBySide(body, [1, 1], PANEL_MIN_W, space.gap);
    if (sizeClass() === 'wide' && !split.stacked) {
      const [sound, display] = split.parts as [Rect, Rect];
      this.soundPanel(sound);
      this.displayPanel(display);
    } else {
      // Smaller screens: the two groups one under the other at their natural height when they fit, else
      // one at a time under tabs (beside the title on a phone turned sideways, over the group upright).
      const groups: Record<Tab, Section[]> = {
        sound: this.soundSections(),
        display: this.displaySections(false),
      };
      const stackedH = this.panelH(groups.sound) + space.gap + this.panelH(groups.display);
      if (stackedH <= body.h) {
        const soundBox = { ...body, h: this.panelH(groups.sound) };
        this.flow(groups.sound, this.box(soundBox));
        const displayTop = soundBox.y + soundBox.h + space.gap;
        this.flow(groups.display, this.box({ ...body, y: displayTop, h: this.panelH(groups.display) }));
      } else {
        const tab = data.tab ?? 'sound';
        const short = sizeClass() === 'short';
        const strip = short
          ? place(
              { ...header, y: header.y + (header.h - control.compact) / 2, h: control.compact },
              'end',
              Math.min(2 * TAB_W + space.m, header.w - title.width - space.l),
            )
          : { ...body, h: control.compact };
        this.tabs(strip, tab);
        const room = short ? body : below(body, strip.y + strip.h + space.pad);
        // Under tabs the text sizes go one under the other and the switches show their state by their check.
        const sections = tab === 'sound' ? groups.sound : this.displaySections(true);
        if (short) {
          // Two columns: the first half of the group's parts on the left, the rest on the right.
          const half = Math.ceil(sections.length / 2);
          const [left, right] = columns(room, [1, 1], space.gap) as [Rect, Rect];
          this.flow(sections.slice(0, half), left);
          this.flow(sections.slice(half), right);
        } else this.flow(sections, room);
      }
    }
    this.backAction({ text: t('settings.back'), onPress: () => this.state.closeSettings() });
    const credits = () => this.state.openPage('credits');
    // At home the career can go to a file and back; a class, a course or a kiosk keeps its own.
    const home = this.s.mode.kind === 'home';
    this.btn({
      ...actionSlot(actions, 'other'),
      key: 'settings-more',
      text: home ? t('careerFile.button') : t('settings.credits'),
      icon: home ? 'package' : 'scroll-text',
      onPress: home ? () => openCareerMenu(this, this.s, credits) : credits,
    });
    this.focusDefault();
  }

  /** The tabs of the two groups, in `strip`; the current one pressed. */
  private tabs(strip: Rect, current: Tab): void {
    const cells = columns(strip, [1, 1], space.m);
    TABS.forEach((tab, i) => {
      this.btn({
        ...(cells[i] as Rect),
        key: `settings-tab-${tab.id}`,
        text: t(tab.name),
        pressed: tab.id === current,
        onPress: () => this.refresh({ tab: tab.id }),
      });
    });
  }

  /** A panel's height around its sections. */
  private panelH(sections: Section[]): number {
    return 2 * space.pad + this.flowH(sections);
  }

  private flowH(sections: Section[]): number {
    return sections.reduce((sum, s) => sum + s.h, 0) + space.pad * (sections.length - 1);
  }

  /** The sections one under the other from the top of `r`. */
  private flow(sections: Section[], r: Rect): void {
    let y = r.y;
    for (const s of sections) {
      s.draw(r.x, y, r.w);
      y += s.h + space.pad;
    }
  }

  /** The height of one line of text of a size, as the kit draws it. */
  private lineOf(size: TextSize, bold = true): number {
    const probe = label(this, 0, 0, 'Ag', { size, bold });
    const h = probe.height;
    probe.destroy();
    return h;
  }

  /** A section's heading, then its controls `h` high: drawn by `controls` at the y under the heading. */
  private headed(key: StringKey, h: number, controls: (x: number, y: number, w: number) => void): Section {
    const headH = this.lineOf('body') + space.l;
    return {
      h: headH + h,
      draw: (x, y, w) => {
        label(this, x, y, t(key), { bold: true, layer: this.s.layer, tag: 'h2' });
        controls(x, y + headH, w);
      },
    };
  }

  /** A switch with its state under its name. */
  private get switchH(): number {
    return Math.max(control.h, Math.ceil(this.lineOf('body') + this.lineOf('small', false) + 2 * space.m));
  }

  private soundSections(): Section[] {
    const sliderH = this.lineOf('body') + SLIDER_TRACK_H;
    return [
      this.headed('settings.language', control.compact, (x, y, w) =>
        this.languageSwitch({ x, y, w, h: control.compact }),
      ),
      this.headed('settings.sound.section', this.switchH, (x, y, w) =>
        this.soundSwitch({ x, y, w, h: this.switchH }),
      ),
      { h: sliderH, draw: (x, y, w) => this.musicSlider(x, y, w) },
      { h: sliderH, draw: (x, y, w) => this.effectsSlider(x, y, w) },
    ];
  }

  /** The text sizes and the display switches: in a row and with their state written, or `dense`. */
  private displaySections(dense: boolean): Section[] {
    const switchH = dense ? control.compact : this.switchH;
    const togglesH = TOGGLES.length * switchH + (TOGGLES.length - 1) * space.s;
    const sizesH = dense ? 3 * control.compact + 2 * space.s : control.compact;
    return [
      this.headed('settings.textSize', sizesH, (x, y, w) =>
        textSizes(this, grid({ x, y, w, h: sizesH }, 3, dense ? 1 : 3, space.s, control.compact), dense),
      ),
      this.headed('settings.display', togglesH, (x, y, w) =>
        toggles(this, grid({ x, y, w, h: togglesH }, TOGGLES.length, 1, space.s, switchH), dense),
      ),
    ];
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
    const inner = this.box(r);
    const { x, w } = inner;
    const langRow = { x, y: this.section(inner, inner.y, 'settings.language'), w, h: control.compact };
    this.languageSwitch(langRow);
    const soundY = this.section(inner, langRow.y + control.compact + space.gap, 'settings.sound.section');
    this.soundSwitch({ x, y: soundY, w, h: soundH() });
    const sliderH = (inner.y + inner.h - (soundY + soundH() + space.pad)) / 2;
    const musicY = soundY + soundH() + space.pad;
    this.musicSlider(x, musicY, w);
    this.effectsSlider(x, musicY + sliderH, w);
  }

  /** One switch for however many languages ship: it names the current one and moves to the next. */
  private languageSwitch(r: Rect): void {
    const names = languages();
    const current = names.find((l) => l.id === this.settings.language) ?? names[0];
    const next = names.find((l) => l.id === nextLanguage(this.settings.language));
    this.btn({
      ...r,
      key: 'language',
      text: current?.name ?? '',
      icon: 'languages',
      ariaLabel: `${labelled(t('settings.language'), current?.name ?? '')}. ${next?.playIn ?? ''}`,
      onPress: () => this.state.setLanguage(nextLanguage(this.state.settings.language)),
    });
  }

  private soundSwitch(r: Rect): void {
    const muted = this.settings.muted;
    this.btn({
      ...r,
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
  }

  private percent(v: number): string {
    return t('settings.volume', { n: Math.round(v * 100) });
  }

  private musicSlider(x: number, y: number, w: number): void {
    slider(this, this.s.layer, {
      x,
      y,
      w,
      name: t('settings.music'),
      value: this.settings.musicVolume,
      format: (v) => this.percent(v),
      onInput: (v) => this.state.updateSettings({ musicVolume: v }),
    });
  }

  private effectsSlider(x: number, y: number, w: number): void {
    slider(this, this.s.layer, {
      x,
      y,
      w,
      name: t('settings.effects'),
      value: this.settings.effectsVolume,
      format: (v) => this.percent(v),
      onInput: (v) => this.state.updateSettings({ effectsVolume: v }),
      onCommit: () => this.s.audio.play('select'),
    });
  }

  private displayPanel(r: Rect): void {
    const inner = this.box(r);
    const sizes = grid(
      { ...inner, y: this.section(inner, inner.y, 'settings.textSize') },
      3,
      3,
      space.l,
      control.compact,
    );
    textSizes(this, sizes);
    const togglesY = this.section(
      inner,
      (sizes[0] as Rect).y + control.compact + space.gap,
      'settings.display',
    );
    toggles(this, grid(below(inner, togglesY), TOGGLES.length, 1, space.l));
  }
}
