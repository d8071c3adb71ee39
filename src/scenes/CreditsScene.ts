import { labelled, type StringKey, t } from '../i18n/t.ts';
import { minTextPx, textPx } from '../ui/appearance.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { actionW, below, columns, inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, LINE, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { type Block, flow } from './parts/flow.ts';
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
  { role: 'credits.qrReader', icon: 'qr-code', name: '@nuintun/qrcode', by: 'nuintun · MIT' },
];

const GENERATED: { icon: IconName; text: StringKey }[] = [
  { icon: 'music', text: 'credits.music' },
  { icon: 'user', text: 'credits.art' },
];

/** The room of one credit (its name over at most three fifths of it, then who made it and the licence). */
const ENTRY_H = 96;
const LEFT_COLUMN = 4;

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
    const room = { ...body, y: body.y + space.s, h: body.h - space.s };
    // Upright the pager takes the body's last line; sideways it shares the action row with the way back.
    const { page, pages } = flow(
      this.blocks(),
      room,
      {
        cols: short ? 2 : 1,
        page: asked,
        pagerRoom: short ? 0 : control.h + space.l,
        keep: [1 + CREDITS.length],
        panels: true,
        layer: this.s.layer,
      },
      this,
    );
    const bar = short
      ? place(
          actions,
          'start',
          Math.min(actions.w - actionW.other - space.gap, actionW.other + 2 * control.h),
        )
      : { ...room, y: room.y + room.h - control.h, h: control.h };
    pager(this, bar, { page, pages, key: 'credits', go: (n) => this.refresh({ page: n }) });
    this.closeButton('alone');
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
