import { labelled, money, t, tx } from '../i18n/t.ts';
import { SKILLS } from '../sim/types.ts';
import { type CareerView, careerView } from '../state/views.ts';
import { avatar } from '../ui/avatar.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { SKILL_NAMES } from './names.ts';

/** The office between missions: where the career stands, the inbox of offers, the codex and the settings. */
export class OffersScene extends GameScene {
  constructor() {
    super('offers');
  }

  create(): void {
    const view = careerView(this.state, this.s.catalogue);
    const career = this.state.career;
    if (!view || !career) return;
    this.enter('offers', t('hub.title'));
    label(this, 48, 24, t('hub.title'), { size: 'h1', bold: true, width: 420, maxHeight: 60 });
    this.toolbar(view);
    this.profile(view, String(career.seed));
    this.inbox(view);
    this.focusDefault();
  }

  private toolbar(view: CareerView): void {
    const met = this.state.career?.factsMet.length ?? 0;
    const total = Object.keys(this.s.catalogue.facts).length;
    this.btn({
      x: 484,
      y: 20,
      w: 344,
      h: 56,
      key: 'codex',
      icon: 'book-open',
      text: t('hub.codex', { n: met, total }),
      onPress: () => this.state.openPage('codex'),
    });
    this.btn({
      x: 844,
      y: 20,
      w: 228,
      h: 56,
      icon: 'settings',
      text: t('title.settings'),
      onPress: () => this.state.openSettings(),
    });
    this.btn({
      x: 1088,
      y: 20,
      w: 144,
      h: 56,
      icon: 'house',
      text: t('hub.menu'),
      ariaLabel: t('hub.menuLong'),
      onPress: () => this.state.backToTitle(),
    });
    label(this, 0, 0, t('offers.progress', { n: view.played + 1, total: view.length }), {
      layer: this.s.layer,
    }).setVisible(false);
  }

  private profile(view: CareerView, seed: string): void {
    const layer = this.s.layer;
    panel(this, 48, 100, 400, 596);
    avatar(this, 72, 124, 88, `player:${seed}`);
    const name = label(this, 176, 128, tx(view.rank.name), { bold: true, width: 248, layer, tag: 'h2' });
    const pay =
      view.rank.salary === null
        ? t('offers.noSalary')
        : t(view.rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', {
            n: money(view.rank.salary),
          });
    const payLine = label(this, 176, name.y + name.height + 6, pay, {
      size: 'small',
      width: 248,
      color: color.inkSoft,
      layer,
    });
    let y = Math.max(228, payLine.y + payLine.height + 16);
    const next = view.nextRank;
    const repText = next
      ? t('hub.reputationTo', { n: view.reputation, next: next.reputation })
      : t('offers.reputation', { n: view.reputation });
    const rep = label(this, 72, y, repText, { size: 'small', bold: true, width: 352 });
    y = rep.y + rep.height + 10;
    meter(this, layer, 72, y, 352, 14, t('hub.reputation'), 'progress').set(
      next ? Math.min(view.reputation, next.reputation) : 1,
      next ? next.reputation : 1,
      repText,
    );
    y += 26;
    if (next) {
      const after = label(this, 72, y, t('hub.nextRank', { rank: tx(next.name) }), {
        size: 'small',
        width: 352,
        maxHeight: 52,
        color: color.inkSoft,
      });
      y = after.y + after.height + 4;
    }
    label(this, 72, y, t('offers.progress', { n: view.played + 1, total: view.length }), {
      size: 'small',
      color: color.inkSoft,
    });
    y += 36;
    label(this, 72, y, t('offers.skills'), { bold: true, layer, tag: 'h2' });
    const rowH = Math.min(34, (684 - (y + 40)) / SKILLS.length);
    SKILLS.forEach((s, i) => {
      const rowY = y + 40 + i * rowH;
      // One line each: a long name in large text shrinks rather than wraps into the next row.
      label(this, 72, rowY, t(SKILL_NAMES[s]), { size: 'small', maxWidth: 250 });
      for (let k = 0; k < 5; k++) {
        const dot = this.add.circle(
          332 + k * 20,
          rowY + rowH / 2 - 4,
          7,
          k < view.skills[s] ? color.blue : color.card,
        );
        dot.setStrokeStyle(2, k < view.skills[s] ? color.blue : color.line);
      }
      label(this, 0, 0, labelled(t(SKILL_NAMES[s]), `${view.skills[s]} / 5`), { layer }).setVisible(false);
    });
  }

  private inbox(view: CareerView): void {
    const cat = this.s.catalogue;
    const layer = this.s.layer;
    label(this, 472, 104, t('hub.inbox'), { size: 'h2', bold: true, layer, tag: 'h2' });
    label(this, 472, 150, t('hub.inboxIntro', { n: view.offers.length }), {
      color: color.inkSoft,
      width: 760,
      maxHeight: 36,
      layer,
    });
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
        y: 196 + i * 168,
        w: 760,
        h: 152,
        variant: 'choice',
        icon: 'inbox',
        key: `offer-${m.id}`,
        text: tx(m.title),
        detail: `${tx(m.client)}\n${details.join(' · ')}\n${t('hub.budget', { budget: money(m.budget), weeks: m.weeks })}`,
        sound: 'select',
        onPress: () => this.state.acceptOffer(m.id),
      });
    });
  }
}
