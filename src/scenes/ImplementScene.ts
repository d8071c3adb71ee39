import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { label } from '../ui/text.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';

/** Implement: the format's live moment (the webinar's chat, the MOOC's forum, the playtest…). */
export class ImplementScene extends DecisionScene {
  constructor() {
    super('implement');
  }

  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    const live = run.format ? this.s.catalogue.live[run.format] : undefined;
    const title = live ? tx(live.title) : t('implement.liveTitle');
    this.enter('implement', `${t('phase.implement')} — ${title}`);
    this.phaseHeader(4, 'phase.implement', tx(mission.title));
    label(this, 48, 92, title, { size: 'h2', bold: true });
    decisionPhase(this, {
      kind: 'live',
      pending: run.live,
      showing: this.showing,
      find: (id) => live?.steps.find((s) => s.id === id),
      moveOn: t('implement.next'),
    });
    this.focusDefault();
  }
}
