import type * as Phaser from 'phaser';
import { button } from './button.ts';
import type { DomLayer } from './domLayer.ts';
import { onShutdown } from './lifecycle.ts';
import { panel } from './panel.ts';
import { label } from './text.ts';
import { color } from './theme.ts';

export interface ConfirmOptions {
  title: string;
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo?: () => void;
}

/** A modal question: focus moves into it, Escape answers no, and everything behind is inert until it closes. */
export function confirmDialog(scene: Phaser.Scene, layer: DomLayer, o: ConfirmOptions): void {
  const behind = [...layer.root.querySelectorAll<HTMLElement>('.ui-stage > *')];
  for (const el of behind) el.inert = true;
  const objects: Phaser.GameObjects.GameObject[] = [];
  const { width, height } = scene.scale;
  const shade = scene.add.rectangle(0, 0, width, height, color.ink, 0.55).setOrigin(0);
  const w = 640;
  const h = 300;
  const x = (width - w) / 2;
  const y = (height - h) / 2;
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-label', o.title);
  layer.place(box, { x, y, w, h });
  const sub = layer.inside(box, { x, y, w, h });
  objects.push(shade, panel(scene, x, y, w, h, { borderWidth: 0 }));
  objects.push(label(scene, x + 32, y + 28, o.title, { size: 'h2', bold: true, layer: sub, tag: 'h2' }));
  objects.push(label(scene, x + 32, y + 84, o.text, { width: w - 64, layer: sub }));
  const close = (answer: () => void) => {
    for (const obj of objects) obj.destroy();
    no.container.destroy();
    yes.container.destroy();
    box.remove();
    for (const el of behind) el.inert = false;
    answer();
  };
  const no = button(scene, sub, {
    x: x + 32,
    y: y + h - 88,
    w: 260,
    h: 60,
    text: o.no,
    onPress: () => close(o.onNo ?? (() => layer.focusFirst())),
  });
  const yes = button(scene, sub, {
    x: x + w - 292,
    y: y + h - 88,
    w: 260,
    h: 60,
    text: o.yes,
    variant: 'primary',
    onPress: () => close(o.onYes),
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(o.onNo ?? (() => layer.focusFirst()));
  });
  onShutdown(scene, () => box.remove());
  no.el.focus();
}
