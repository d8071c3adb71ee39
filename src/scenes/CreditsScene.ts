import { labelled, type StringKey, t } from '../i18n/t.ts';
import { minTextPx, textPx } from '../ui/appearance.ts';
import type { Placer } from '../ui/domLayer.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { actionW, below, columns, inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, LINE, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { pager } from './parts/pager.ts';

interface Credit {
  role: StringKey;
  icon: IconName;
  /** Names and licences are not translated. */
  name: string;
  by: string;
}

/** Every font, icon set, library and generated asset the game ships, with its licence. */
const CREDITS: Credit[] = [
  {
    role: 'credits.font',
    icon: 'type',
    name: 'Atkinson Hyperlegible Next',
    by: 'Braille Institute & The Atkinson Hyperlegible Next Project Authors · SIL OFL 1.1 · via Fontsource',
  },
  {
    role: 'credits.dyslexicFont',
    icon: 'type',
    name: 'OpenDyslexic',
    by: 'Abbie Gonzalez · SIL OFL 1.1 · via Fontsource',
  },
  { role: 'credits.icons', icon: 'sparkles', name: 'Lucide', by: 'Lucide Contributors · ISC' },
  { role: 'credits.engine', icon: 'gamepad-2', name: 'Phaser 4', by: 'Phaser Studio, Richard Davey · MIT' },
  {
    role: 'credits.audioLib',
    icon: 'volume-2',
    name: 'howler.js',
    by: 'James Simpson, GoldFire Studios · MIT',
  },
  { role: 'credits.state', icon: 'package', name: 'Zustand', by: 'Paul Henschel & pmndrs · MIT' },
  { role: 'credits.qr', icon: 'layout-template', name: 'uqr', by: 'Anthony Fu · MIT' },
];

const GENERATED: { icon: IconName; text: StringKey }[] = [
  { icon: 'music', text: 'credits.music' },
  { icon: 'user', text: 'credits.art' },
];

/** The room of one credit (its name over at most three fifths of it, then who made it and the licence). */
const ENTRY_H = 96;
const LEFT_COLUMN = 4;

/** A piece of the credits drawn at x, y in a column w wide: what it drew and how high it is. */
type Block = (x: number, y: number, w: number, layer?: Placer) => { h: number; drawn: { destroy(): void }[] };

export class CreditsScene extends GameScene {
  create(data: { page?: number } = {}): void {
    this.enter(t('credits.title'));
    const { header } = this.frame();
    label(this, header.x, header.y, t('credits.title'), { size: 'h1', bold: true });
    if (sizeClass() === 'wide') this.wide();
    else this.paged(data.page ?? 0);
    this.focusDefault();
  }

  private wide(): void {
    const layer = this.s.layer;
    const { header, body, actions, height } = this.frame();
    label(this, header.x, header.y + header.h, t('credits.intro'), {
      color: color.inkSoft,
      width: header.w,
      maxHeight: body.y + space.gap - space.xs - (header.y + header.h),
      layer,
    });

    const boxes = columns(below(body, body.y + space.gap), [1, 1], space.l) as [Rect, Rect];
    for (const box of boxes) panel(this, box.x, box.y, box.w, box.h);
    // Each column's next free line; the text starts after the icon's room.
    const [left, right] = boxes.map((box) => inset(box, space.pad, space.l)) as [Rect, Rect];
    const next = [left.y, right.y];
    const textX = (col: Rect) => col.x + space.margin;
    // A long entry may take the room short ones leave: each entry after it in its column keeps a line for
    // its name and one for its authors at the smallest size, and the right column keeps room for what the
    // game made itself.
    const entryMin = 2 * Math.ceil(minTextPx() * LINE) + space.l + 2;
    const generatedRoom = Math.ceil(textPx('body') * LINE) + space.m + 2 + GENERATED.length * control.h;
    CREDITS.forEach((c, i) => {
      const side = i < LEFT_COLUMN ? 0 : 1;
      const col = side === 0 ? left : right;
      const after = (side === 0 ? LEFT_COLUMN : CREDITS.length) - 1 - i;
      const y = next[side] ?? col.y;
      icon(this, col.x + space.l, y + space.l, c.icon, color.blue, iconPx.heading);
      // Four entries a column, whatever the text size.
      const head = label(this, textX(col), y, labelled(t(c.role), c.name), {
        bold: true,
        width: col.w - space.margin,
        maxHeight: ENTRY_H * 0.6,
        layer,
      });
      const by = label(this, textX(col), y + head.height + 2, c.by, {
        size: 'small',
        width: col.w - space.margin,
        maxHeight:
          col.y + col.h - (y + head.height + 2) - after * entryMin - (side === 0 ? 0 : generatedRoom),
        color: color.inkSoft,
        layer,
      });
      next[side] = by.y + by.height + space.l;
    });
    const heading = label(this, textX(right), (next[1] ?? right.y) + space.xs, t('credits.generated'), {
      bold: true,
      layer,
      tag: 'h2',
    });
    let y = heading.y + heading.height + space.s;
    for (const g of GENERATED) {
      icon(this, right.x + space.l, y + iconPx.text / 2, g.icon, color.green, iconPx.text);
      const l = label(this, textX(right), y, t(g.text), {
        size: 'small',
        width: right.w - space.margin,
        maxHeight: 52, // two lines
        layer,
      });
      y = l.y + l.height + space.m;
    }
    // Where the facts come from, in the action row beside the way back.
    label(this, actions.x, actions.y, t('credits.source'), {
      size: 'small',
      width: actions.w - actionW.other - space.gap,
      maxHeight: height - space.l - actions.y,
      color: color.inkSoft,
      layer,
    });
    this.closeButton();
  }

  /**
   * Smaller screens: everything in one flow (the intro, each credit, what the game made, where the facts come
   * from), in one column upright or two sideways, with pages when it does not fit.
   */
  private paged(asked: number): void {
    const { body, actions } = this.frame();
    const short = sizeClass() === 'short';
    const blocks = this.blocks();
    const cols = short ? 2 : 1;
    const room = { ...body, y: body.y + space.s, h: body.h - space.s };
    const boxes = (r: Rect) =>
      columns(r, Array(cols).fill(1), space.l).map((b) => inset(b, space.pad, space.l));
    // Upright the pager takes the body's last line; sideways it shares the action row with the way back.
    const withPager = short ? room : { ...room, h: room.h - control.h - space.l };
    const keep = 1 + CREDITS.length;
    const heights = this.heights(blocks, boxes(room)[0] as Rect);
    let pages = this.pages(heights, (boxes(room)[0] as Rect).h, keep);
    if (pages.length > cols && !short) pages = this.pages(heights, (boxes(withPager)[0] as Rect).h, keep);
    const count = Math.ceil(pages.length / cols);
    const page = Math.min(Math.max(0, asked), count - 1);
    // On one page upright the panel ends under its last line.
    const tallest = (pages[0] ?? []).reduce((sum, i) => sum + (heights[i] ?? 0) + space.l, space.l);
    const area = count > 1 ? withPager : short ? room : { ...room, h: Math.min(room.h, tallest) };
    const cells = boxes(area);
    for (const box of columns(area, Array(cols).fill(1), space.l)) panel(this, box.x, box.y, box.w, box.h);
    cells.forEach((cell, c) => {
      let y = cell.y;
      for (const i of pages[page * cols + c] ?? [])
        y += (blocks[i] as Block)(cell.x, y, cell.w, this.s.layer).h + space.l;
    });
    const bar = short
      ? place(
          actions,
          'start',
          Math.min(actions.w - actionW.other - space.gap, actionW.other + 2 * control.h),
        )
      : { ...room, y: room.y + room.h - control.h, h: control.h };
    pager(this, bar, { page, pages: count, key: 'credits', go: (n) => this.refresh({ page: n }) });
    this.closeButton('alone');
  }

  /** The blocks' heights when drawn `w` wide. */
  private heights(blocks: Block[], cell: Rect): number[] {
    return blocks.map((b) => {
      const { h, drawn } = b(cell.x, cell.y, cell.w);
      for (const d of drawn) d.destroy();
      return h;
    });
  }

  /**
   * The blocks' indices column by column: each column takes blocks while they fit in its height; a heading
   * (`keep`) goes with the block after it.
   */
  private pages(heights: number[], room: number, keep: number): number[][] {
    const out: number[][] = [[]];
    let used = 0;
    heights.forEach((h, i) => {
      const current = out[out.length - 1] as number[];
      const needs = i === keep ? h + space.l + (heights[i + 1] ?? 0) : h;
      if (current.length > 0 && used + needs > room) {
        out.push([i]);
        used = h + space.l;
      } else {
        current.push(i);
        used += h + space.l;
      }
    });
    return out;
  }

  private blocks(): Block[] {
    const text =
      (content: string, o: { bold?: boolean; small?: boolean; soft?: boolean; tag?: 'h2' }): Block =>
      (x, y, w, layer) => {
        const l = label(this, x, y, content, {
          bold: o.bold,
          size: o.small ? 'small' : 'body',
          color: o.soft ? color.inkSoft : color.ink,
          width: w,
          layer,
          tag: o.tag,
        });
        return { h: l.height, drawn: [l] };
      };
    const withIcon =
      (name: IconName, tint: number, px: number, lines: Block[]): Block =>
      (x, y, w, layer) => {
        const indent = px + space.m;
        const ico = icon(this, x + px / 2, y + px / 2, name, tint, px);
        let h = 0;
        const drawn: { destroy(): void }[] = [ico];
        for (const line of lines) {
          const part = line(x + indent, y + h, w - indent, layer);
          h += part.h + 2;
          drawn.push(...part.drawn);
        }
        return { h: Math.max(h - 2, px), drawn };
      };
    return [
      text(t('credits.intro'), { soft: true }),
      ...CREDITS.map((c) =>
        withIcon(c.icon, color.blue, iconPx.heading, [
          text(labelled(t(c.role), c.name), { bold: true }),
          text(c.by, { small: true, soft: true }),
        ]),
      ),
      text(t('credits.generated'), { bold: true, tag: 'h2' }),
      ...GENERATED.map((g) => withIcon(g.icon, color.green, iconPx.text, [text(t(g.text), { small: true })])),
      text(t('credits.source'), { small: true, soft: true }),
    ];
  }
}
