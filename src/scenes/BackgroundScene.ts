import { labelled, t, tx } from '../i18n/t.ts';
import { SKILLS } from '../sim/types.ts';
import type { IconName } from '../ui/icons.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { SKILL_NAMES } from './names.ts';

const ICONS: IconName[] = ['monitor-play', 'graduation-cap', 'school', 'presentation'];

/** The route into the job, which sets the starting skills (the four routes of the source article). */
export class BackgroundScene extends GameScene {
  constructor() {
    super('background');
  }

  create(): void {
    this.enter('background', t('background.title'));
    const layer = this.s.layer;
    label(this, 96, 56, t('background.title'), { size: 'h1', bold: true });
    label(this, 96, 124, t('background.intro'), { color: color.inkSoft, width: 1088, layer });
    Object.values(this.s.catalogue.backgrounds).forEach((b, i) => {
      const strong = SKILLS.filter((s) => b.skills[s] >= 2).map((s) => t(SKILL_NAMES[s]));
      this.btn({
        x: 96 + (i % 2) * 552,
        y: 184 + Math.floor(i / 2) * 196,
        w: 536,
        h: 180,
        variant: 'choice',
        icon: ICONS[i % ICONS.length],
        text: tx(b.name),
        detail: `${tx(b.description)}\n${labelled(t('offers.skills'), strong.join(', '))}`,
        onPress: () => this.state.chooseBackground(b.id),
      });
    });
    this.btn({
      x: 96,
      y: 600,
      w: 240,
      h: 64,
      text: t('common.back'),
      icon: 'arrow-left',
      onPress: () => this.state.backToTitle(),
    });
    layer.focusFirst();
  }
}
