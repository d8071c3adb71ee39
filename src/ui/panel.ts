import type * as Phaser from 'phaser';
import { color, RADIUS } from './theme.ts';

export interface PanelStyle {
  fill?: number;
  border?: number;
  borderWidth?: number;
  shadow?: boolean;
}

const CORE = 64;
const SHADOW = 8;
const SIDE = RADIUS + 4;

/**
 * Panels are nine-slices of a small rounded-rectangle texture drawn once per style, so a screen of cards
 * costs a few quads a frame instead of re-tessellating every rounded corner each frame.
 */
function panelTexture(scene: Phaser.Scene, s: Required<PanelStyle>): string {
  const key = `panel:${s.fill}:${s.border}:${s.borderWidth}:${s.shadow}`;
  if (scene.textures.exists(key)) return key;
  const g = scene.make.graphics({}, false);
  if (s.shadow) g.fillStyle(color.shadow, 0.08).fillRoundedRect(2, 6, CORE, CORE, RADIUS);
  g.fillStyle(s.fill, 1).fillRoundedRect(0, 0, CORE, CORE, RADIUS);
  if (s.borderWidth > 0) {
    const half = s.borderWidth / 2;
    g.lineStyle(s.borderWidth, s.border, 1).strokeRoundedRect(
      half,
      half,
      CORE - s.borderWidth,
      CORE - s.borderWidth,
      RADIUS - half,
    );
  }
  g.generateTexture(key, CORE + SHADOW, CORE + SHADOW);
  g.destroy();
  return key;
}

const full = (s: PanelStyle): Required<PanelStyle> => ({
  fill: s.fill ?? color.card,
  border: s.border ?? color.line,
  borderWidth: s.borderWidth ?? 0,
  shadow: s.shadow ?? true,
});

/** A rounded card of w×h at (x, y) (its shadow falls outside), restyled with setPanelStyle. */
export function panel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  s: PanelStyle = {},
): Phaser.GameObjects.NineSlice {
  const key = panelTexture(scene, full({ borderWidth: 2, ...s }));
  return scene.add
    .nineslice(x, y, key, undefined, w + SHADOW, h + SHADOW, SIDE, SIDE + SHADOW, SIDE, SIDE + SHADOW)
    .setOrigin(0);
}

export function setPanelStyle(p: Phaser.GameObjects.NineSlice, s: PanelStyle): void {
  const key = panelTexture(p.scene, full(s));
  if (p.texture.key === key) return;
  p.setTexture(key);
  p.setSlices(p.width, p.height, SIDE, SIDE + SHADOW, SIDE, SIDE + SHADOW);
}
