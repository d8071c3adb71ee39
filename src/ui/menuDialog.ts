import type * as Phaser from 'phaser';
import { type Button, button } from './button.ts';
import { openModal } from './dialog.ts';
import type { DomLayer } from './domLayer.ts';
import type { IconName } from './icons.ts';
import { grid } from './layout.ts';
import { stage } from './stage.ts';
import { label } from './text.ts';
import { control, space } from './theme.ts';

/** The menu's width on a wide screen; a narrower screen gets it as wide as its margins allow. */
const MENU_W = 800;
/** An item this wide at least: where two fit side by side, the items go in two columns. */
const ITEM_W = 300;

export interface MenuItem {
  text: string;
  icon: IconName;
  key: string;
  /** Shown but not done (the menu's text says why). */
  unavailable?: boolean;
  onPress: () => void;
}

export interface MenuOptions {
  title: string;
  text: string;
  /** None makes it a message with only its closing button. */
  items: MenuItem[];
  close: string;
}

/**
 * A modal list of actions (or a message): focus moves into it, Escape or its closing button closes it, and
 * everything behind is inert until then. Pressing an item closes the menu, then does the item.
 */
export function menuDialog(scene: Phaser.Scene, layer: DomLayer, o: MenuOptions): void {
  const opener = document.activeElement as HTMLElement | null;
  const { width, height } = stage();
  const w = Math.min(MENU_W, width - 2 * space.margin);
  const pad = space.gap;
  const inner = w - 2 * pad;
  const cols = o.items.length > 1 && inner >= 2 * ITEM_W + space.l ? 2 : 1;
  const itemRows = Math.ceil(o.items.length / cols);
  const itemH = control.h - space.xs;
  const probe = (text: string, size: 'h2' | 'body') => {
    const p = label(scene, 0, 0, text, { width: inner, size, bold: size === 'h2' });
    const h = p.height;
    p.destroy();
    return h;
  };
  const titleH = probe(o.title, 'h2');
  const textH = probe(o.text, 'body');
  const listH = itemRows > 0 ? itemRows * itemH + (itemRows - 1) * space.m + space.gap : 0;
  const h = pad + titleH + space.m + textH + space.gap + listH + itemH + pad;
  const x = (width - w) / 2;
  const y = Math.max(space.m, (height - h) / 2);

  const modal = openModal(scene, layer, { title: o.title, at: { x, y, w, h }, onEscape: () => close() });
  const { sub } = modal;
  modal.keep(
    label(scene, x + pad, y + pad, o.title, { size: 'h2', bold: true, width: inner, layer: sub, tag: 'h2' }),
    label(scene, x + pad, y + pad + titleH + space.m, o.text, { width: inner, layer: sub }),
  );
  const close = (then?: () => void) => {
    if (!modal.close()) return;
    // Focus back where the menu was opened from, before the item's action (which may open a dialog of its own).
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    else layer.focusFirst();
    then?.();
  };
  const listTop = y + pad + titleH + space.m + textH + space.gap;
  const cells = grid({ x: x + pad, y: listTop, w: inner, h: listH }, o.items.length, cols, space.m, itemH);
  const buttons: Button[] = [];
  o.items.forEach((item, i) => {
    const cell = cells[i];
    if (!cell) return;
    buttons.push(
      button(scene, sub, {
        ...cell,
        text: item.text,
        icon: item.icon,
        key: item.key,
        unavailable: item.unavailable,
        onPress: () => {
          if (!item.unavailable) close(item.onPress);
        },
      }),
    );
  });
  const shut = button(scene, sub, {
    x: x + w - pad - Math.min(inner, ITEM_W),
    y: y + h - pad - itemH,
    w: Math.min(inner, ITEM_W),
    h: itemH,
    text: o.close,
    icon: 'x',
    key: 'menu-close',
    onPress: () => close(),
  });
  buttons.push(shut);
  modal.keep(...buttons.map((b) => b.container));
  (buttons.find((_, i) => !o.items[i]?.unavailable) ?? shut).el.focus();
}
