import type * as Phaser from 'phaser';
import { invalidate } from './redraw.ts';
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

/** Every look a kit button takes: rest, hover, pressed, primary (see button.ts). */
const buttonStyles = (): PanelStyle[] => [
  { fill: color.card, border: color.line, borderWidth: 2 },
  { fill: color.hover, border: color.blue, borderWidth: 2 },
  { fill: color.card, border: color.green, borderWidth: 4 },
  { fill: color.hover, border: color.green, borderWidth: 4 },
  { fill: color.blue, border: color.line, borderWidth: 0 },
  { fill: color.primaryHover, border: color.blue, borderWidth: 0 },
];

const css = (c: number, alpha = 1) => `rgba(${(c >> 16) & 255}, ${(c >> 8) & 255}, ${c & 255}, ${alpha})`;
const keyOf = (s: Required<PanelStyle>) => `panel:${s.fill}:${s.border}:${s.borderWidth}:${s.shadow}`;

/**
 * Panels are nine-slices of a small rounded-rectangle texture drawn once per style, so a screen of cards
 * costs a few quads a frame instead of re-tessellating every rounded corner each frame.
 */
function addPanelTexture(textures: Phaser.Textures.TextureManager, s: Required<PanelStyle>): string {
  const key = keyOf(s);
  if (textures.exists(key)) return key;
  const canvas = document.createElement('canvas');
  canvas.width = CORE + SHADOW;
  canvas.height = CORE + SHADOW;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    if (s.shadow) {
      ctx.fillStyle = css(color.shadow, 0.08);
      ctx.beginPath();
      ctx.roundRect(2, 6, CORE, CORE, RADIUS);
      ctx.fill();
    }
    ctx.fillStyle = css(s.fill);
    ctx.beginPath();
    ctx.roundRect(0, 0, CORE, CORE, RADIUS);
    ctx.fill();
    if (s.borderWidth > 0) {
      const half = s.borderWidth / 2;
      ctx.strokeStyle = css(s.border);
      ctx.lineWidth = s.borderWidth;
      ctx.beginPath();
      ctx.roundRect(half, half, CORE - s.borderWidth, CORE - s.borderWidth, RADIUS - half);
      ctx.stroke();
    }
  }
  textures.addCanvas(key, canvas);
  return key;
}

function panelTexture(scene: Phaser.Scene, s: Required<PanelStyle>): string {
  return addPanelTexture(scene.textures, s);
}

/** The styles of the kit's buttons, drawn ahead (while Phaser boots) so the first screen does not wait for them. */
export function preparePanels(textures: Phaser.Textures.TextureManager): void {
  for (const st of buttonStyles()) addPanelTexture(textures, full(st));
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
  invalidate();
  p.setTexture(key);
  p.setSlices(p.width, p.height, SIDE, SIDE + SHADOW, SIDE, SIDE + SHADOW);
}
