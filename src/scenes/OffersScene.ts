import { num, t, tx } from '../i18n/t.ts';
import { SKILLS } from '../sim/types.ts';
import { careerView } from '../state/views.ts';
import { icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

/** The job board between missions: where the career stands, and the missions on offer. */
export class OffersScene extends GameScene {
  constructor() {
    super('offers');
  }

  create(): void {
    const cat = this.s.catalogue;
    const view = careerView(this.state, cat);
    if (!view) return;
    this.enter('offers', t('offers.title'));
    const layer = this.s.layer;

    panel(this, 48, 32, 400, 656);
    const title = label(this, 80, 56, tx(view.rank.name), {
      size: 'h2',
      bold: true,
      width: 340,
      layer,
      tag: 'h2',
    });
    const pay =
      view.rank.salary === null
        ? t('offers.noSalary')
        : t(view.rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', {
            n: num(view.rank.salary),
          });
    let y = title.y + title.height + 16;
    for (const line of [
      pay,
      t('offers.reputation', { n: view.reputation }),
      view.nextRank ? t('offers.nextRank', { n: view.nextRank.reputation }) : '',
      t('offers.progress', { n: view.played + 1, total: view.length }),
    ].filter(Boolean)) {
      const l = label(this, 80, y, line, { size: 'small', width: 340, layer });
      y += l.height + 8;
    }
    label(this, 80, y + 12, t('offers.skills'), { bold: true, layer });
    SKILLS.forEach((s, i) => {
      const rowY = y + 52 + i * 34;
      label(this, 80, rowY, t(`skill.${s}`), { size: 'small' });
      for (let k = 0; k < 5; k++)
        this.add.circle(320 + k * 22, rowY + 12, 7, k < view.skills[s] ? color.blue : color.line);
      label(this, 0, 0, `${t(`skill.${s}`)} : ${view.skills[s]} / 5`, { layer }).setVisible(false);
    });

    const end = this.state.lastEnd;
    let top = 32;
    if (end?.rankUp) {
      const rank = cat.ranks.find((r) => r.id === end.rankUp);
      panel(this, 472, top, 760, 72, { fill: 0xe6f4ee, border: color.green, borderWidth: 2 });
      icon(this, 512, top + 36, 'star-filled', color.orange, 36);
      label(this, 548, top + 22, t('offers.rankUp', { rank: rank ? tx(rank.name) : '' }), {
        bold: true,
        width: 660,
        layer,
      });
      this.s.audio.play('rank-up');
      top += 88;
    }
    label(this, 472, top + 8, t('offers.title'), { size: 'h2', bold: true });
    label(this, 472, top + 56, t('offers.intro'), { color: color.inkSoft, layer });
    view.offers.forEach((offer, i) => {
      const m = cat.missions[offer.missionId];
      const r = cat.recruiters[offer.recruiter];
      const contract = offer.contract ? cat.contracts[offer.contract] : undefined;
      if (!m || !r) return;
      const details = [
        tx(r.name),
        contract ? t('offers.contract', { contract: tx(contract.name) }) : '',
      ].filter(Boolean);
      this.btn({
        x: 472,
        y: top + 104 + i * 132,
        w: 760,
        h: 116,
        variant: 'choice',
        icon: 'briefcase',
        text: tx(m.title),
        detail: `${tx(m.client)}\n${details.join(' · ')}`,
        onPress: () => this.state.acceptOffer(m.id),
      });
    });
    layer.focusFirst();
  }
}
