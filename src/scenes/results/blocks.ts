import { t, tx } from '../../i18n/t.ts';
import { ICON_TEXT_X, TEXT_END_PAD } from '../../ui/button.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { label } from '../../ui/text.ts';
import { color, control, LINE, size, space } from '../../ui/theme.ts';
import { textSize } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';
import type { Block, Drawn } from '../parts/flow.ts';

/** The mark beside a line of the debrief: its meaning's icon, as big as a line of secondary text. */
export const MARK = 22;

/** A section's heading, a little apart from what comes before it (a block to keep with the one after it). */
export function headingBlock(scene: GameScene, text: string): Block {
  return (x, y, w, layer) => {
    const l = label(scene, x, y + space.s, text, { size: 'h2', bold: true, width: w, layer, tag: 'h2' });
    return { h: space.s + l.height, drawn: [l] };
  };
}

/** What a line of the debrief means, shown by its icon and colour together (never the colour alone). */
export type Meaning = 'good' | 'bad' | 'warn' | 'info' | 'time' | 'star' | 'link';

const ICONS: Record<Meaning, IconName> = {
  good: 'circle-check',
  bad: 'circle-x',
  warn: 'triangle-alert',
  info: 'info',
  time: 'clock',
  star: 'star-filled',
  link: 'arrow-right',
};

/** Read when drawn: the palette changes in place (high contrast). */
const tintOf = (m: Meaning): number =>
  ({
    good: color.green,
    bad: color.vermilion,
    warn: color.orange,
    info: color.blue,
    time: color.blue,
    star: color.orange,
    link: color.inkSoft,
  })[m];

/** The mark of a meaning, centred at (x, y), `px` square. */
export const mark = (scene: GameScene, m: Meaning, x: number, y: number, px = MARK) =>
  icon(scene, x, y, ICONS[m], tintOf(m), px);

/** One line of secondary text after its mark, wrapped in `w`; returns its height and what it drew. */
export function markedLine(
  scene: GameScene,
  meaning: Meaning,
  text: string,
  x: number,
  y: number,
  w: number,
  layer?: Parameters<Block>[3],
  bold = false,
): { h: number; drawn: { destroy(): void }[] } {
  const lineH = Math.ceil(size.small * LINE);
  const sign = mark(scene, meaning, x + MARK / 2, y + lineH / 2);
  const textX = x + MARK + space.s;
  const l = label(scene, textX, y, text, { size: 'small', bold, width: x + w - textX, layer });
  return { h: Math.max(l.height, MARK), drawn: [sign, l] };
}

export function lineBlock(scene: GameScene, meaning: Meaning, text: string, bold = false): Block {
  return (x, y, w, layer) => markedLine(scene, meaning, text, x, y, w, layer, bold);
}

/**
 * "Learn more: <word>": a button that opens the codex at that word of its glossary (null when the glossary
 * lacks it), as wide as its words need and as tall as they wrap to. The codex's close button comes back here.
 */
export function learnMoreBlock(scene: GameScene, termId: string): Block | null {
  const term = scene.services.catalogue.glossary[termId];
  if (!term) return null;
  const text = t('review.learnMore', { word: tx(term.word) });
  return (x, y, w, layer) => {
    const need = textSize(scene, text, { bold: true }).w + ICON_TEXT_X + TEXT_END_PAD + space.s;
    const bw = Math.min(w, need);
    const wrapped = textSize(scene, text, { bold: true, width: bw - ICON_TEXT_X - TEXT_END_PAD }).h;
    const h = Math.max(control.compact, wrapped + 2 * space.m);
    if (!layer) return { h, drawn: [] };
    scene.btnPublic({
      x,
      y,
      w: bw,
      h,
      text,
      icon: 'book-open',
      key: `learn-${termId}`,
      onPress: () => scene.services.store.getState().openPage('codex', termId),
    });
    return { h, drawn: [] };
  };
}

/** Blocks one under the other as one block (a heading with what must not be parted from it). */
export function stacked(parts: readonly (Block | null)[], gap: number = space.s): Block {
  return (x, y, w, layer) => {
    let h = 0;
    const drawn: Drawn['drawn'] = [];
    for (const part of parts) {
      if (!part) continue;
      const at = h > 0 ? h + gap : 0;
      const d = part(x, y + at, w, layer);
      if (d.h > 0) h = at + d.h;
      drawn.push(...d.drawn);
    }
    return { h, drawn };
  };
}
