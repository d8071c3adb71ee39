import { labelled, t, tx } from '../i18n/t.ts';
import { strengths } from '../sim/skills.ts';
import type { IconName } from '../ui/icons.ts';
import { below, grid, type Rect } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { color, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { SKILL_NAMES } from './names.ts';

const ICONS: IconName[] = ['monitor-play', 'graduation-cap', 'school', 'presentation'];

/** The route into the job, which sets the starting skills (the four routes of the source article). */
export class BackgroundScene extends GameScene {
  create(): void {
    this.enter(t('background.title'));
    const layer = this.s.layer;
    const { header, body } = this.frame();
    label(this, header.x, header.y, t('background.title'), { size: 'h1', bold: true });
    const intro = label(this, header.x, header.y + header.h, t('background.intro'), {
      color: color.inkSoft,
      width: header.w,
      layer,
    });
    const backgrounds = Object.values(this.s.catalogue.backgrounds);
    const cards = grid(below(body, intro.y + intro.height + space.l), backgrounds.length, 2, space.l);
    backgrounds.forEach((b, i) => {
      const strong = strengths(b.skills).map((s) => t(SKILL_NAMES[s]));
      this.btn({
        ...(cards[i] as Rect),
        variant: 'choice',
        icon: ICONS[i % ICONS.length],
        text: tx(b.name),
        detail: `${tx(b.description)}\n${labelled(t('offers.skills'), strong.join(', '))}`,
        onPress: () => this.state.chooseBackground(b.id),
      });
    });
    this.backAction({ text: t('common.back'), onPress: () => this.state.backToTitle() });
    layer.focusFirst();
  }
}
