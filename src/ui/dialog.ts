import type * as Phaser from 'phaser';
import { button } from './button.ts';
import type { DomLayer, Placer } from './domLayer.ts';
import type { Rect } from './layout.ts';
import { onShutdown } from './lifecycle.ts';
import { panel } from './panel.ts';
import { stage } from './stage.ts';
import { label } from './text.ts';
import { color, control, space } from './theme.ts';

/** The dialog's size on a wide screen; a narrower screen gets it as wide as its margins allow. */
const BOX = { w: 640, h: 300 } as const;
/** The answers' width when side by side; a narrower dialog stacks them. */
const ANSWER_W = 260;
/** The dialog's drawing depth: above any screen's own. */
const DIALOG_DEPTH = 1000;

export interface ConfirmOptions {
  title: string;
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo?: () => void;
}

/** A modal box open over the screen: what a question and a menu share. */
export interface Modal {
  /** Places the box's own DOM controls, in game coordinates. */
  sub: Placer;
  /** Takes what the box drew: drawn above the screen, taken away on closing. */
  keep(...drawn: Phaser.GameObjects.GameObject[]): void;
  /** Takes the box away and makes the screen behind usable again; false when it was closed already. */
  close(): boolean;
}

/**
 * Opens a modal box at `at`: everything behind is inert (focus cannot leave the box) until it closes, a
 * shade covers the screen, the box is a dialog named by its title for screen readers, and Escape calls
 * `onEscape`. What to draw in it, and where focus goes on opening and closing, is the caller's.
 */
export function openModal(
  scene: Phaser.Scene,
  layer: DomLayer,
  o: { title: string; at: Rect; onEscape: () => void },
): Modal {
  const behind = [...layer.root.querySelectorAll<HTMLElement>('.ui-stage > *')];
  for (const el of behind) el.inert = true;
  const { x, y, w, h } = o.at;
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-label', o.title);
  layer.place(box, o.at);
  const drawn: Phaser.GameObjects.GameObject[] = [];
  // Over everything the screen draws, even what arrives after the box (the title's illustration fading in).
  const keep = (...objects: Phaser.GameObjects.GameObject[]) => {
    for (const obj of objects) {
      (obj as unknown as Phaser.GameObjects.Components.Depth).setDepth(DIALOG_DEPTH);
      drawn.push(obj);
    }
  };
  const { width, height } = stage();
  keep(
    scene.add.rectangle(0, 0, width, height, color.ink, 0.55).setOrigin(0),
    panel(scene, x, y, w, h, { borderWidth: 0 }),
  );
  let open = true;
  const close = () => {
    if (!open) return false;
    open = false;
    for (const obj of drawn) obj.destroy();
    box.remove();
    for (const el of behind) el.inert = false;
    return true;
  };
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') o.onEscape();
  });
  onShutdown(scene, () => box.remove());
  return { sub: layer.inside(box, o.at), keep, close };
}

/** A modal question: focus moves into it, Escape answers no, and everything behind is inert until it closes. */
export function confirmDialog(scene: Phaser.Scene, layer: DomLayer, o: ConfirmOptions): void {
  const { width, height } = stage();
  const w = Math.min(BOX.w, width - 2 * space.margin);
  const pad = space.gap;
  const inner = w - 2 * pad;
  const answerH = control.h - space.xs;
  const sideBySide = inner >= 2 * ANSWER_W + space.l;
  // The question's text as tall as it wraps at this width (measured with a probe that is not kept).
  const probe = label(scene, 0, 0, o.text, { width: inner });
  const textH = probe.height;
  probe.destroy();
  const titleTop = pad - space.xs;
  const textTop = titleTop + 2 * pad - space.xs;
  const answersH = sideBySide ? answerH : 2 * answerH + space.m;
  const h = Math.max(BOX.h, textTop + textH + pad + answersH + pad - space.xs);
  const x = (width - w) / 2;
  const y = Math.max(space.m, (height - h) / 2);
  const answerNo = () => close(o.onNo ?? (() => layer.focusFirst()));
  const modal = openModal(scene, layer, { title: o.title, at: { x, y, w, h }, onEscape: answerNo });
  const { sub } = modal;
  modal.keep(
    label(scene, x + pad, y + titleTop, o.title, {
      size: 'h2',
      bold: true,
      width: inner,
      layer: sub,
      tag: 'h2',
    }),
    label(scene, x + pad, y + textTop, o.text, { width: inner, layer: sub }),
  );
  const close = (answer: () => void) => {
    if (modal.close()) answer();
  };
  // Side by side: no at the left, yes at the right. Stacked (in the same order): no on top, yes under it.
  const bottom = y + h - pad + space.xs - answerH;
  const noBox = sideBySide
    ? { x: x + pad, y: bottom, w: ANSWER_W, h: answerH }
    : { x: x + pad, y: bottom - answerH - space.m, w: inner, h: answerH };
  const yesBox = sideBySide
    ? { x: x + w - pad - ANSWER_W, y: bottom, w: ANSWER_W, h: answerH }
    : { ...noBox, y: bottom };
  const no = button(scene, sub, { ...noBox, text: o.no, onPress: answerNo });
  const yes = button(scene, sub, {
    ...yesBox,
    text: o.yes,
    variant: 'primary',
    onPress: () => close(o.onYes),
  });
  modal.keep(no.container, yes.container);
  no.el.focus();
}
