import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import { color, RADIUS } from './theme.ts';

/**
 * The office's furniture, drawn from flat shapes in the title art's style. Sizes are in units (`u`, or `s` for
 * a desk's own scale, smaller at the back of the room); positions are in the texture the room is baked into.
 */
type Graphics = Phaser.GameObjects.Graphics;

/** Mixes two palette colours (0 gives a, 1 gives b): the room's shades follow the palette in use. */
export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) =>
    Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t) << shift;
  return channel(16) | channel(8) | channel(0);
}

const wood = () => mix(color.orange, color.card, 0.72);
const woodDark = () => mix(mix(color.orange, color.line, 0.45), color.ink, 0.12);
const floor = () => mix(color.line, color.paper, 0.5);

/** The back wall, the floor from `floorY` down, and the skirting board between them. */
export function drawShell(g: Graphics, w: number, h: number, floorY: number, u: number): void {
  const r = Math.min(RADIUS, u);
  g.fillStyle(color.tintSky, 1).fillRoundedRect(0, 0, w, h, r);
  g.fillStyle(floor(), 1).fillRoundedRect(0, floorY, w, h - floorY, { tl: 0, tr: 0, bl: r, br: r });
  g.fillStyle(color.line, 1).fillRect(0, floorY - 0.3 * u, w, 0.3 * u);
}

/** A window with four panes, a cloud in its sky and a sill. */
export function drawWindow(g: Graphics, r: Rect, u: number): void {
  const bar = 0.25 * u;
  g.fillStyle(color.card, 1).fillRoundedRect(r.x, r.y, r.w, r.h, 0.3 * u);
  g.fillStyle(mix(color.sky, color.card, 0.5), 1).fillRect(
    r.x + bar,
    r.y + bar,
    r.w - 2 * bar,
    r.h - 2 * bar,
  );
  const cloudX = r.x + r.w * 0.22;
  const cloudY = r.y + r.h * 0.25;
  g.fillStyle(color.card, 1)
    .fillCircle(cloudX, cloudY, 0.4 * u)
    .fillCircle(cloudX + 0.45 * u, cloudY - 0.15 * u, 0.5 * u)
    .fillCircle(cloudX + 0.9 * u, cloudY, 0.35 * u)
    .fillRect(r.x + r.w / 2 - bar / 2, r.y, bar, r.h)
    .fillRect(r.x, r.y + r.h * 0.5 - bar / 2, r.w, bar);
  g.fillStyle(color.line, 1).fillRoundedRect(
    r.x - 0.3 * u,
    r.y + r.h - 0.1 * u,
    r.w + 0.6 * u,
    0.4 * u,
    0.15 * u,
  );
}

/** The centre's sign: a panel in the studio's blue, room on its left for an icon, two lines of a lesson. */
export function drawBoard(g: Graphics, r: Rect, u: number): void {
  g.fillStyle(color.blue, 1).fillRoundedRect(r.x, r.y, r.w, r.h, 0.4 * u);
  const lineX = r.x + r.h;
  const lineW = r.w - r.h - 0.5 * u;
  const lineH = r.h * 0.16;
  g.fillStyle(color.card, 1)
    .fillRoundedRect(lineX, r.y + r.h * 0.3, lineW, lineH, lineH / 2)
    .fillRoundedRect(lineX, r.y + r.h * 0.56, lineW * 0.65, lineH, lineH / 2);
}

/** A round clock showing ten past ten. */
export function drawClock(g: Graphics, x: number, y: number, radius: number): void {
  g.fillStyle(color.card, 1).fillCircle(x, y, radius);
  g.lineStyle(Math.max(1.5, radius * 0.16), color.inkSoft, 1).strokeCircle(x, y, radius);
  g.lineStyle(Math.max(1.5, radius * 0.12), color.ink, 1)
    .lineBetween(x, y, x - radius * 0.45, y - radius * 0.3)
    .lineBetween(x, y, x + radius * 0.5, y - radius * 0.5);
}

/** A bookcase standing on the floor at `feet`, `w` wide: two shelves of coloured spines. */
export function drawShelves(g: Graphics, x: number, feet: number, w: number, u: number): void {
  const top = feet - 5.4 * u;
  g.fillStyle(woodDark(), 1).fillRoundedRect(x, top, w, 5.4 * u, 0.3 * u);
  const spines = [color.blue, color.green, color.orange, color.purple, color.vermilion, color.sky];
  for (let shelf = 0; shelf < 2; shelf++) {
    const y = top + 0.35 * u + shelf * 2.5 * u;
    const bottom = y + 2.1 * u;
    g.fillStyle(mix(color.tintSky, color.line, 0.5), 1).fillRect(x + 0.3 * u, y, w - 0.6 * u, 2.1 * u);
    let bx = x + 0.45 * u;
    spines.forEach((c, i) => {
      const bw = (0.4 + ((i + shelf) % 3) * 0.12) * u;
      const bh = (1.3 + ((i * 2 + shelf) % 3) * 0.22) * u;
      if (bx + bw > x + w - 0.4 * u) return;
      g.fillStyle(c, 1).fillRect(bx, bottom - bh, bw, bh);
      bx += bw + 0.08 * u;
    });
  }
}

/** An ellipse turned by `angle` (radians), as a polygon: Graphics has no turned ellipse. */
function leaf(g: Graphics, cx: number, cy: number, len: number, wide: number, angle: number): void {
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const px = (Math.cos(a) * wide) / 2;
    const py = (Math.sin(a) * len) / 2;
    points.push({
      x: cx + px * Math.cos(angle) - py * Math.sin(angle),
      y: cy + px * Math.sin(angle) + py * Math.cos(angle),
    });
  }
  // fillPoints reads only x and y.
  g.fillPoints(points as Phaser.Math.Vector2[], true);
}

/** A potted plant standing on the floor at `feet`, centred on `x`, `s` its scale. */
export function drawPlant(g: Graphics, x: number, feet: number, s: number): void {
  const potTop = feet - 1.8 * s;
  g.fillStyle(color.green, 1);
  leaf(g, x, potTop - 1.6 * s, 3.2 * s, 1.1 * s, 0);
  leaf(g, x - 0.9 * s, potTop - 1.2 * s, 2.8 * s, 1.0 * s, -0.6);
  leaf(g, x + 0.9 * s, potTop - 1.2 * s, 2.8 * s, 1.0 * s, 0.6);
  g.fillStyle(mix(color.green, color.ink, 0.3), 1);
  leaf(g, x - 0.4 * s, potTop - 0.8 * s, 2 * s, 0.8 * s, -0.3);
  leaf(g, x + 0.45 * s, potTop - 0.7 * s, 2 * s, 0.8 * s, 0.35);
  g.fillStyle(color.vermilion, 1).fillPoints(
    [
      { x: x - 0.9 * s, y: potTop },
      { x: x + 0.9 * s, y: potTop },
      { x: x + 0.65 * s, y: feet },
      { x: x - 0.65 * s, y: feet },
    ] as Phaser.Math.Vector2[],
    true,
  );
  g.fillStyle(mix(color.vermilion, color.ink, 0.25), 1).fillRect(x - 1.1 * s, potTop, 2.2 * s, 0.45 * s);
}

/** A high-backed chair, upholstered in the portraits' own sky so a portrait's frame disappears into it. */
export function drawChair(g: Graphics, r: Rect, s: number): void {
  const round = r.w * 0.42;
  const edge = 0.25 * s;
  g.fillStyle(mix(color.sky, color.ink, 0.15), 1).fillRoundedRect(r.x, r.y, r.w, r.h, {
    tl: round,
    tr: round,
    bl: 0,
    br: 0,
  });
  g.fillStyle(color.tintSky, 1).fillRoundedRect(r.x + edge, r.y + edge, r.w - 2 * edge, r.h - edge, {
    tl: round - edge,
    tr: round - edge,
    bl: 0,
    br: 0,
  });
}

/** A desk seen from the front: its top's depth as a light band, its front panel down to the floor. */
export function drawDesk(g: Graphics, x: number, top: number, w: number, s: number): void {
  const feet = top + 3.8 * s;
  g.fillStyle(mix(floor(), color.ink, 0.12), 1).fillEllipse(x + w / 2, feet, w * 1.04, 0.6 * s);
  g.fillStyle(woodDark(), 1).fillRect(x + 0.3 * s, top + 1.2 * s, w - 0.6 * s, 2.6 * s);
  g.fillStyle(mix(woodDark(), color.ink, 0.25), 1).fillRect(
    x + 0.3 * s,
    top + 1.4 * s,
    w - 0.6 * s,
    0.25 * s,
  );
  g.fillStyle(wood(), 1).fillRoundedRect(x, top, w, 1.4 * s, 0.3 * s);
}

/** A screen on its stand, its foot on the desk at `footY`; the screen's face is left blank (card). */
export function drawMonitor(g: Graphics, screen: Rect, footY: number, s: number): void {
  const cx = screen.x + screen.w / 2;
  g.fillStyle(color.ink, 1)
    .fillRect(cx - 0.3 * s, screen.y + screen.h - 0.2 * s, 0.6 * s, footY - screen.y - screen.h)
    .fillRoundedRect(cx - 1.1 * s, footY - 0.3 * s, 2.2 * s, 0.3 * s, 0.15 * s)
    .fillRoundedRect(screen.x, screen.y, screen.w, screen.h, 0.35 * s);
  g.fillStyle(color.card, 1).fillRoundedRect(
    screen.x + 0.25 * s,
    screen.y + 0.25 * s,
    screen.w - 0.5 * s,
    screen.h - 0.5 * s,
    0.2 * s,
  );
}

/** What a colleague's screen shows: a title bar, two lines and a tile in the desk's own colour. */
export function drawWork(g: Graphics, screen: Rect, s: number, tint: number): void {
  const x = screen.x + 0.6 * s;
  const w = screen.w - 1.2 * s;
  const y = screen.y + 0.6 * s;
  const bar = Math.max(2, 0.3 * s);
  g.fillStyle(tint, 1).fillRoundedRect(x, y, w * 0.55, bar, bar / 2);
  g.fillStyle(color.line, 1)
    .fillRoundedRect(x, y + 2 * bar, w, bar * 0.7, bar / 3)
    .fillRoundedRect(x, y + 3.2 * bar, w * 0.8, bar * 0.7, bar / 3);
  const tileY = y + 4.6 * bar;
  const tileH = screen.y + screen.h - 0.6 * s - tileY;
  if (tileH > 0) g.fillStyle(tint, 1).fillRoundedRect(x, tileY, w * 0.45, tileH, bar / 2);
}

/** The codex, closed: a notebook lying on the desk, its elastic band and its label. */
export function drawNotebook(g: Graphics, r: Rect, s: number): void {
  g.fillStyle(mix(color.purple, color.ink, 0.35), 1).fillRoundedRect(r.x, r.y + 0.12 * s, r.w, r.h, 0.2 * s);
  g.fillStyle(color.purple, 1).fillRoundedRect(r.x, r.y, r.w, r.h - 0.05 * s, 0.2 * s);
  g.fillStyle(color.card, 1).fillRoundedRect(
    r.x + r.w * 0.22,
    r.y + r.h * 0.25,
    r.w * 0.42,
    r.h * 0.3,
    0.08 * s,
  );
  g.fillStyle(color.ink, 1).fillRect(r.x + r.w * 0.8, r.y, 0.18 * s, r.h);
}

/** A mug on a desk, its foot at `footY`. */
export function drawMug(g: Graphics, x: number, footY: number, s: number, tint: number): void {
  g.lineStyle(Math.max(1, 0.18 * s), tint, 1).strokeCircle(x + 0.75 * s, footY - 0.5 * s, 0.28 * s);
  g.fillStyle(tint, 1).fillRoundedRect(x, footY - 1 * s, 0.8 * s, 1 * s, 0.15 * s);
}

/** A desk phone, `w` by `h`, its base on the bottom edge: a wedge with keys, the handset lying on top. */
export function drawPhone(g: Graphics, w: number, h: number): void {
  const baseTop = h * 0.42;
  g.fillStyle(color.ink, 1).fillPoints(
    [
      { x: w * 0.1, y: baseTop },
      { x: w * 0.9, y: baseTop },
      { x: w, y: h },
      { x: 0, y: h },
    ] as Phaser.Math.Vector2[],
    true,
  );
  g.fillStyle(color.card, 1);
  for (let row = 0; row < 2; row++)
    for (let col = 0; col < 3; col++)
      g.fillCircle(w * (0.32 + col * 0.18), h * (0.6 + row * 0.2), Math.max(1, h * 0.05));
  g.fillStyle(color.vermilion, 1)
    .fillRoundedRect(w * 0.05, h * 0.12, w * 0.9, h * 0.2, h * 0.1)
    .fillRoundedRect(w * 0.02, 0, w * 0.24, h * 0.34, h * 0.1)
    .fillRoundedRect(w * 0.74, 0, w * 0.24, h * 0.34, h * 0.1);
}

/** The ring: two short arcs on each side of a phone `w` wide, `gap` from it, in a texture `w + 4 gap` wide. */
export function drawRing(g: Graphics, w: number, h: number, gap: number): void {
  const cx = w / 2 + 2 * gap;
  const cy = h / 2;
  g.lineStyle(Math.max(1.5, gap * 0.35), color.orange, 1);
  for (const [i, r] of [w / 2 + gap * 0.8, w / 2 + gap * 1.6].entries()) {
    const spread = 0.5 - i * 0.12;
    for (const side of [0, Math.PI]) {
      g.beginPath();
      g.arc(cx, cy, r, side - spread, side + spread);
      g.strokePath();
    }
  }
}
