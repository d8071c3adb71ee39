import { labelled, type StringKey, t } from '../i18n/t.ts';
import { minTextPx, textPx } from '../ui/appearance.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, LINE } from '../ui/theme.ts';
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

export class CreditsScene extends GameScene {
  constructor() {
    super('credits');
  }

  create(): void {
    const layer = this.s.layer;
    this.enter('credits', t('credits.title'));
    label(this, 48, 24, t('credits.title'), { size: 'h1', bold: true });
    label(this, 48, 84, t('credits.intro'), { color: color.inkSoft, width: 1184, maxHeight: 36, layer });

    panel(this, 48, 128, 584, 492);
    panel(this, 648, 128, 584, 492);
    let left = 148;
    let right = 148;
    // A long entry may take the room short ones leave: each entry after it in its column keeps a line for
    // its name and one for its authors at the smallest size, and the right column keeps room for what the
    // game made itself.
    const columnEnd = 604;
    const entryMin = 2 * Math.ceil(minTextPx() * LINE) + 18;
    const generatedRoom = Math.ceil(textPx('body') * LINE) + 14 + GENERATED.length * 64;
    CREDITS.forEach((c, i) => {
      const inLeft = i < 4;
      const after = (inLeft ? 3 : CREDITS.length - 1) - i;
      const x = inLeft ? 48 : 648;
      const y = inLeft ? left : right;
      icon(this, x + 40, y + 18, c.icon, color.blue, 32);
      // Four entries a column in 460 px, whatever the text size.
      const head = label(this, x + 72, y, labelled(t(c.role), c.name), {
        bold: true,
        width: 488,
        maxHeight: 58,
        layer,
      });
      const by = label(this, x + 72, y + head.height + 2, c.by, {
        size: 'small',
        width: 488,
        maxHeight: columnEnd - (y + head.height + 2) - after * entryMin - (inLeft ? 0 : generatedRoom),
        color: color.inkSoft,
        layer,
      });
      const next = by.y + by.height + 16;
      if (inLeft) left = next;
      else right = next;
    });
    const heading = label(this, 720, right + 4, t('credits.generated'), { bold: true, layer, tag: 'h2' });
    let y = heading.y + heading.height + 10;
    for (const g of GENERATED) {
      icon(this, 688, y + 14, g.icon, color.green, 28);
      const l = label(this, 720, y, t(g.text), { size: 'small', width: 488, maxHeight: 52, layer });
      y = l.y + l.height + 12;
    }
    label(this, 48, 632, t('credits.source'), {
      size: 'small',
      width: 872,
      maxHeight: 76,
      color: color.inkSoft,
      layer,
    });
    this.closeButton();
    this.focusDefault();
  }
}
