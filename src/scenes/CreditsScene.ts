import { labelled, type StringKey, t } from '../i18n/t.ts';
import { minTextPx, textPx } from '../ui/appearance.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { actionW, below, columns, inset, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, LINE, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

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

export class CreditsScene extends GameScene {
  create(): void {
    const layer = this.s.layer;
    this.enter(t('credits.title'));
    const { header, body, actions, height } = this.frame();
    label(this, header.x, header.y, t('credits.title'), { size: 'h1', bold: true });
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
    this.focusDefault();
  }
}
