import type { StringKey } from '../i18n/strings.ts';
import { num, t, tx } from '../i18n/t.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

/** Analyse: the client's brief, read before any choice. */
export class BriefScene extends GameScene {
  constructor() {
    super('brief');
  }

  create(): void {
    const mission = this.s.catalogue.missions[this.state.run?.missionId ?? ''];
    if (!mission) return;
    this.enter('brief', `${t('phase.brief')} — ${tx(mission.title)}`);
    this.phaseHeader(1, 'phase.brief', tx(mission.title));
    const layer = this.s.layer;

    panel(this, 48, 104, 720, 500);
    label(this, 80, 128, tx(mission.client), { size: 'h2', bold: true, width: 660, layer, tag: 'h2' });
    label(this, 80, 220, tx(mission.brief), { width: 656, layer });

    const recruiter = this.s.catalogue.recruiters[mission.recruiter];
    if (recruiter) {
      icon(this, 96, 564, 'building-2', color.blue, 28);
      label(this, 124, 552, t('brief.recruiter', { kind: tx(recruiter.name) }), {
        size: 'small',
        color: color.inkSoft,
        width: 620,
        layer,
      });
    }

    const facts: [IconName, StringKey, string][] = [
      ['users', 'brief.audience', tx(mission.audience)],
      ['target', 'brief.objective', tx(mission.objective)],
      ['wallet', 'brief.budget', `${num(mission.budget)} €`],
      ['clock', 'brief.weeks', t('brief.weeksValue', { n: mission.weeks })],
    ];
    let y = 104;
    for (const [ico, key, value] of facts) {
      panel(this, 800, y, 432, 116);
      icon(this, 840, y + 40, ico, color.blue, 32);
      label(this, 872, y + 18, t(key), { size: 'small', bold: true, color: color.inkSoft });
      label(this, 872, y + 44, value, { size: 'small', width: 340 });
      label(this, 0, 0, `${t(key)} : ${value}`, { layer }).setVisible(false);
      y += 128;
    }
    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: t('brief.start'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => this.state.choose({ t: 'next' }),
    });
    this.s.layer.focusFirst();
  }
}
