import type * as Phaser from 'phaser';
import { stage } from './stage.ts';
import { DYSLEXIC_SCALE } from './theme.ts';

/** A box in CSS px, from the viewport's top left. */
export interface CssBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DrawnText {
  text: string;
  /** The kit's size name (`small` is secondary text; the others are body text or larger). */
  kind: string;
  /** Its letters' size in CSS px, as a reader sees them (the dyslexia font counted at Atkinson's letter height). */
  px: number;
  box: CssBox;
  /** Its draw order (its outermost container's depth): a dialog draws over the screen at a higher one. */
  depth?: number;
}

export interface DrawnControl {
  key: string;
  /** Where the canvas draws the control. */
  drawn: CssBox;
  /** Where its DOM twin is (what a finger, a pointer or a screen reader hits). */
  twin: CssBox;
  depth?: number;
}

/** What is on the canvas right now, in CSS px: every visible text and every drawn control with its twin. */
export interface DrawnReport {
  viewport: { w: number; h: number };
  canvas: CssBox;
  /** CSS px per game px. */
  scale: number;
  texts: DrawnText[];
  controls: DrawnControl[];
}

type Obj = Phaser.GameObjects.GameObject & {
  visible?: boolean;
  alpha?: number;
  list?: Obj[];
  parentContainer?: Obj | null;
};

/** The depth of an object's outermost container: what orders it among the scene's children. */
function depthOf(o: Obj): number {
  let at: Obj = o;
  while (at.parentContainer) at = at.parentContainer;
  return (at as Obj & { depth?: number }).depth ?? 0;
}

function shown(o: Obj): boolean {
  for (let at: Obj | null | undefined = o; at; at = at.parentContainer) {
    if (at.visible === false || (at.alpha ?? 1) < 0.05) return false;
  }
  return true;
}

/** Everything a scene draws, containers opened. */
function* walk(list: readonly Obj[]): Generator<Obj> {
  for (const o of list) {
    yield o;
    if (o.list) yield* walk(o.list);
  }
}

/**
 * Reads what the kit drew (the tests check sizes, overlaps and twins on every shape with it). Labels carry
 * their size name and buttons their twin (see text.ts and button.ts), so the report knows what each thing is.
 */
export function drawnReport(game: Phaser.Game): DrawnReport {
  const canvasRect = game.canvas.getBoundingClientRect();
  const scale = canvasRect.width / stage().width;
  const css = (x: number, y: number, w: number, h: number): CssBox => ({
    x: canvasRect.left + x * scale,
    y: canvasRect.top + y * scale,
    w: w * scale,
    h: h * scale,
  });
  const dyslexic = document.body.classList.contains('dyslexic-font');
  const texts: DrawnText[] = [];
  const controls: DrawnControl[] = [];
  for (const scene of game.scene.getScenes(true)) {
    for (const o of walk(scene.children.list as Obj[])) {
      if (!shown(o)) continue;
      if (o.type === 'Text') {
        const t = o as unknown as Phaser.GameObjects.Text;
        if (!t.text.trim()) continue;
        const b = t.getBounds();
        const worldScale = t.width > 0 ? b.width / t.width : 1;
        const fontPx = Number.parseFloat(String(t.style.fontSize)) * worldScale * scale;
        texts.push({
          text: t.text,
          kind: (t.getData('textSize') as string | undefined) ?? 'body',
          px: dyslexic ? fontPx / DYSLEXIC_SCALE : fontPx,
          box: css(b.x, b.y, b.width, b.height),
          depth: depthOf(o),
        });
      }
      const twin = o.getData?.('twin') as HTMLElement | undefined;
      const box = o.getData?.('box') as { w: number; h: number } | undefined;
      if (twin && box && o.type === 'Container') {
        const c = o as unknown as Phaser.GameObjects.Container;
        const m = c.getWorldTransformMatrix();
        const r = twin.getBoundingClientRect();
        controls.push({
          key: twin.dataset.key ?? twin.textContent ?? '',
          drawn: css(m.tx, m.ty, box.w * m.scaleX, box.h * m.scaleY),
          twin: { x: r.left, y: r.top, w: r.width, h: r.height },
          depth: depthOf(o),
        });
      }
    }
  }
  return {
    viewport: { w: innerWidth, h: innerHeight },
    canvas: { x: canvasRect.left, y: canvasRect.top, w: canvasRect.width, h: canvasRect.height },
    scale,
    texts,
    controls,
  };
}
