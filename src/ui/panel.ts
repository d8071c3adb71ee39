import type * as Phaser from 'phaser';
import { color, RADIUS } from './theme.ts';

export interface PanelStyle {
  fill?: number;
  border?: number;
  borderWidth?: number;
  radius?: number;
  shadow?: boolean;
}

/** Draws a rounded card with a soft shadow into g (cleared first). */
export function drawPanel(g: Phaser.GameObjects.Graphics, w: number, h: number, s: PanelStyle = {}): void {
  const r = s.radius ?? RADIUS;
  g.clear();
  if (s.shadow !== false) {
    g.fillStyle(color.shadow, 0.08);
    g.fillRoundedRect(2, 6, w, h, r);
  }
  g.fillStyle(s.fill ?? color.card, 1);
  g.fillRoundedRect(0, 0, w, h, r);
  if (s.borderWidth) {
    g.lineStyle(s.borderWidth, s.border ?? color.line, 1);
    g.strokeRoundedRect(0, 0, w, h, r);
  }
}

export function panel(scene: Phaser.Scene, x: number, y: number, w: number, h: number, s: PanelStyle = {}) {
  const g = scene.add.graphics({ x, y });
  drawPanel(g, w, h, { borderWidth: 2, ...s });
  return g;
}
