import { money, t, tx } from '../i18n/t.ts';
import type { Rank } from '../sim/types.ts';
import { rankUpView } from '../state/views.ts';
import { motionReduced } from '../ui/appearance.ts';
import { icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, WIDTH } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

const CONFETTI = [color.blue, color.orange, color.green, color.sky, color.purple, color.vermilion];

/** The promotion: the new post, the pay it brings, and a word about the real job's pay. */
export class RankUpScene extends GameScene {
  constructor() {
    super('rankup');
  }

  create(): void {
    const cat = this.s.catalogue;
    const view = rankUpView(this.state, cat);
    if (!view) return;
    const layer = this.s.layer;
    this.enter('rankup', t('rankup.title'));
    this.s.audio.play('rank-up');
    this.celebrate();

    this.add.circle(WIDTH / 2, 118, 78, color.tintOrange).setStrokeStyle(4, color.orange);
    icon(this, WIDTH / 2, 118, 'award', color.orange, 96);
    label(this, WIDTH / 2, 208, t('rankup.title'), { size: 'h1', bold: true, align: 'center' });
    const become = label(this, WIDTH / 2, 264, t('rankup.become', { rank: tx(view.rank.name) }), {
      align: 'center',
      width: 1000,
      maxHeight: 64,
      layer,
      tag: 'p',
    });
    const cards = Math.max(320, become.y + become.height + 16);
    this.postCard(96, cards, t('rankup.before'), view.previous, color.line);
    icon(this, WIDTH / 2, cards + 64, 'arrow-right', color.ink, 48);
    this.postCard(704, cards, t('rankup.now'), view.rank, color.green);

    const fact = view.fact ? cat.facts[view.fact] : undefined;
    if (fact) {
      const top = cards + 142;
      panel(this, 96, top, 1088, 616 - top, { fill: color.tintSky, border: color.sky });
      icon(this, 136, top + 28, 'lightbulb', color.blue, 32);
      const title = label(this, 168, top + 12, tx(fact.title), {
        bold: true,
        width: 990,
        maxHeight: 34,
        layer,
      });
      const textTop = title.y + title.height + 4;
      label(this, 128, textTop, tx(fact.text), {
        size: 'small',
        width: 1030,
        maxHeight: 608 - textTop,
        layer,
      });
    }
    this.btn({
      x: 832,
      y: 636,
      w: 352,
      h: 64,
      text: t('rankup.continue'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => this.state.closeRankUp(),
    });
    this.focusDefault();
  }

  private postCard(x: number, y: number, heading: string, rank: Rank, border: number): void {
    const layer = this.s.layer;
    panel(this, x, y, 480, 128, { border, borderWidth: 3 });
    const head = label(this, x + 24, y + 12, heading, { size: 'small', color: color.inkSoft, layer });
    const name = label(this, x + 24, head.y + head.height + 2, tx(rank.name), {
      bold: true,
      width: 432,
      maxHeight: 60,
      layer,
    });
    const pay =
      rank.salary === null
        ? t('offers.noSalary')
        : t(rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', { n: money(rank.salary) });
    const payTop = name.y + name.height + 4;
    label(this, x + 24, payTop, pay, { size: 'small', width: 432, maxHeight: y + 122 - payTop, layer });
  }

  /** A short burst of paper confetti, none with reduced motion. */
  private celebrate(): void {
    if (motionReduced()) return;
    for (let i = 0; i < 40; i++) {
      const x = 80 + ((i * 197) % 1120);
      const piece = this.add
        .rectangle(x, -20 - (i % 5) * 30, 10, 16, CONFETTI[i % CONFETTI.length])
        .setAngle((i * 37) % 180);
      this.tweens.add({
        targets: piece,
        y: 760,
        angle: piece.angle + 360,
        duration: 1800 + (i % 7) * 150,
        delay: (i % 10) * 60,
        ease: 'Quad.easeIn',
        onComplete: () => piece.destroy(),
      });
    }
  }
}
