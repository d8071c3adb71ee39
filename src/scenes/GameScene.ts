import * as Phaser from 'phaser';
import type { SoundId } from '../audio/audio.ts';
import type { StringKey } from '../i18n/t.ts';
import { t } from '../i18n/t.ts';
import type { GameState } from '../state/store.ts';
import { onAppearanceChange } from '../ui/appearance.ts';
import { type Button, type ButtonOptions, button, ICON_TEXT_X, TEXT_END_PAD } from '../ui/button.ts';
import { addIconAtlas, ICON_ATLAS } from '../ui/icons.ts';
import { actionSlot, type Frame, frame, iconOnly, type RowShare } from '../ui/layout.ts';
import { onShutdown } from '../ui/lifecycle.ts';
import { invalidate } from '../ui/redraw.ts';
import { stage } from '../ui/stage.ts';
import { label } from '../ui/text.ts';
import { color, sizeClass, space } from '../ui/theme.ts';
import { type Services, servicesOf } from './services.ts';

const PHASES: StringKey[] = [
  'phase.brief',
  'phase.design',
  'phase.develop',
  'phase.implement',
  'phase.evaluate',
];
/** The ADDIE steps in the mission strip: each a disc of this radius, this far apart. */
const STEP_R = 18;
/** The smallest a step's disc gets (its number still inside), on the smallest phone in the largest text. */
const LEAST_STEP_R = 13;
const STEP_PITCH = 52;
const STEPS_ROOM = 580;

type ActionOptions = Omit<ButtonOptions, 'x' | 'y' | 'w' | 'h'> & { sound?: SoundId | null };

/** How long after a redraw gave focus back a second, queued redraw gives it back again. */
const RECENT_MS = 1000;

/** What all scenes share: services, the screen's title for every reader, and language changes. */
export abstract class GameScene extends Phaser.Scene {
  protected get s(): Services {
    return servicesOf(this);
  }

  /** The services, for the scene's parts (small drawing helpers that are not scenes themselves). */
  get services(): Services {
    return servicesOf(this);
  }

  /** The scene's button maker, handed to its parts. */
  readonly btnPublic = (o: ButtonOptions & { sound?: SoundId | null }): Button => this.btn(o);

  protected get state(): GameState {
    return this.s.store.getState();
  }

  /** Marks the scene as current, draws the page, gives it a title seen, heard and in the DOM. */
  protected enter(title: string): void {
    document.body.dataset.scene = this.scene.key;
    invalidate();
    // A game px is `resolution` device pixels: the canvas is that much larger than the game (src/ui/stage.ts).
    this.cameras.main.setBackgroundColor(color.paper).setOrigin(0, 0).setZoom(stage().resolution);
    if (!this.textures.exists(ICON_ATLAS)) addIconAtlas(this.textures, this.s.atlas);
    const h1 = document.createElement('h1');
    h1.textContent = title;
    this.s.layer.place(h1);
    onShutdown(this, () => h1.remove());
    this.s.layer.announce(title);
    this.watch(
      (s) => s.settings.language,
      () => this.refresh(),
    );
    onShutdown(
      this,
      onAppearanceChange(() => this.refresh()),
    );
    // A new game size (window resized, device turned): the same page, laid out for its new shape.
    // (Phaser also reports a new display size, with the same game size, on every window resize: not a new shape.)
    const drawn = stage();
    const relayout = () => {
      const now = stage();
      if (now.width !== drawn.width || now.height !== drawn.height || now.resolution !== drawn.resolution)
        this.refresh();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, relayout);
    onShutdown(this, () => this.scale.off(Phaser.Scale.Events.RESIZE, relayout));
  }

  /** Redraws the scene, keeping keyboard focus on the control that had it (found again by its key). */
  protected refresh(data?: object): void {
    const el = document.activeElement as HTMLElement | null;
    const key = el?.closest('#ui-layer') ? (el.dataset.key ?? null) : null;
    // A second redraw before the first has put focus back: the control waiting for focus keeps its claim.
    if (key || !GameScene.refocus) GameScene.refocus = key;
    this.scene.restart(data);
  }

  /** Focuses the control that had focus before a refresh, or the first one. */
  protected focusDefault(): void {
    // Two redraws queued at once (a turned phone): the second finds no claim; the first's still holds.
    const recent = GameScene.refocused;
    const queued = recent && recent.scene === this.scene.key && performance.now() - recent.at < RECENT_MS;
    const name = GameScene.refocus ?? (queued ? recent.key : null);
    GameScene.refocus = null;
    if (name) GameScene.refocused = { key: name, scene: this.scene.key, at: performance.now() };
    const again = name ? this.s.layer.focusables().find((el) => el.dataset.key === name) : undefined;
    if (again) again.focus({ preventScroll: true });
    else this.s.layer.focusFirst();
  }

  private static refocus: string | null = null;
  /** The last control focus was given back to, and when. */
  private static refocused: { key: string; scene: string; at: number } | null = null;

  /** Subscribes to a slice of the store for the scene's lifetime only. */
  protected watch<T>(select: (s: GameState) => T, onChange: (value: T) => void): void {
    const stop = this.s.store.subscribe(select, onChange);
    onShutdown(this, stop);
  }

  /** A button from the kit that also clicks (or makes its own sound; null when its action picks one). */
  protected btn(o: ButtonOptions & { sound?: SoundId | null }): Button {
    return button(this, this.s.layer, {
      ...o,
      onPress: () => {
        if (o.sound !== null) this.s.audio.play(o.sound ?? 'click');
        o.onPress();
      },
    });
  }

  /** The game's size in game px, what screens lay themselves out in (Phaser's own is the canvas's). */
  get screenSize(): { width: number; height: number } {
    return stage();
  }

  /** The screen's named places (header, body, action row) at the game's size. */
  frame(kind: 'mission' | 'page' = 'page'): Frame {
    return frame(kind, stage().width, stage().height);
  }

  /** The way on: the primary button at the right end of the action row. */
  protected nextAction(o: ActionOptions, share: RowShare = 'shared'): Button {
    return this.btn({
      ...actionSlot(this.frame().actions, 'next', 'end', share),
      icon: 'arrow-right',
      variant: 'primary',
      ...o,
    });
  }

  /** The way back: a button at the left end of the action row (its arrow alone when the row is too narrow). */
  protected backAction(o: ActionOptions, share: RowShare = 'shared'): Button {
    const slot = actionSlot(this.frame().actions, 'back', 'start', share);
    const bare = iconOnly(slot) || !this.labelFits(o.text, slot.w);
    return this.btn({
      ...slot,
      icon: 'arrow-left',
      ...o,
      key: o.key ?? o.text,
      text: bare ? '' : o.text,
      ariaLabel: bare ? (o.ariaLabel ?? o.text) : o.ariaLabel,
    });
  }

  /** Whether a button `w` wide holds this name beside its icon on one line, in the font and size in use. */
  private labelFits(text: string, w: number): boolean {
    const probe = label(this, 0, 0, text, { bold: true });
    const fits = probe.width <= w - ICON_TEXT_X - TEXT_END_PAD;
    probe.destroy();
    return fits;
  }

  /** The bottom-right button of a page opened over another screen (codex, credits): back to that screen. */
  protected closeButton(share: RowShare = 'shared'): void {
    this.btn({
      ...actionSlot(this.frame().actions, 'other', 'end', share),
      text: t('settings.back'),
      icon: 'arrow-left',
      onPress: () => this.state.closePage(),
    });
  }

  protected heading(x: number, y: number, key: StringKey | string, size: 'h1' | 'h2' = 'h2') {
    return label(this, x, y, key, { size, bold: true });
  }

  /** The strip at the top of a mission: the ADDIE step and the mission's name. */
  protected phaseHeader(step: number, phase: StringKey, missionTitle: string): void {
    const strip = this.frame('mission').header;
    this.add.rectangle(strip.x, strip.y, strip.w, strip.h, color.ink).setOrigin(0);
    // Wide: the mission's name on the left, the five steps and the phase's name at the right end, on one line.
    // Narrow: the name on a line of its own, the steps and the phase under it.
    const twoLines = sizeClass() === 'narrow';
    const stepsY = twoLines ? strip.y + strip.h - STEP_R - space.m : strip.y + strip.h / 2;
    const nameStyle = { bold: true, color: color.card };
    const probe = label(this, 0, 0, t(phase), nameStyle);
    const nameW = probe.width;
    probe.destroy();
    // Narrow: the steps draw closer together when the phase's name would not fit after them, and smaller
    // when even touching discs would leave it no room (the largest text on the smallest phone).
    const roomAfter = (r: number) =>
      (strip.w - space.margin - (space.margin + r) + space.s - nameW) / PHASES.length;
    const r = twoLines
      ? Math.max(LEAST_STEP_R, Math.min(STEP_R, (roomAfter(STEP_R) - space.xs) / 2))
      : STEP_R;
    const first = twoLines ? space.margin + r : strip.w - STEPS_ROOM;
    const pitch = twoLines ? Math.max(2 * r + space.xs, Math.min(STEP_PITCH, roomAfter(r))) : STEP_PITCH;
    const nameX = first + PHASES.length * pitch - space.s;
    label(this, nameX, stepsY - 14, t(phase), {
      ...nameStyle,
      maxWidth: twoLines ? strip.w - space.margin - nameX : undefined,
    });
    PHASES.forEach((_, i) => {
      const x = first + i * pitch;
      const fill = i === step - 1 ? color.sky : i < step - 1 ? color.green : color.inkSoft;
      this.add.circle(x, stepsY, r, fill);
      label(this, x, stepsY - 12, String(i + 1), {
        size: 'small',
        bold: true,
        color: i === step - 1 ? color.ink : color.card,
        align: 'center',
      });
    });
    const titleX = twoLines ? space.margin : space.gap;
    const title = label(this, titleX, twoLines ? strip.y + space.m : stepsY - 14, missionTitle, {
      bold: true,
      color: color.card,
      width: twoLines ? strip.w - 2 * space.margin : first - titleX - space.margin,
      maxHeight: twoLines ? strip.h / 2 - space.s : strip.h - 2 * space.s,
    });
    // On one line with the steps, a name that wrapped (large text) stays centred in the strip.
    if (!twoLines) title.setY(stepsY - title.height / 2);
    label(this, 0, 0, t('phase.step', { n: step, name: t(phase) }), { layer: this.s.layer }).setVisible(
      false,
    );
  }
}
