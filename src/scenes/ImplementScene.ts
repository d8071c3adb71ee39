import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { label } from '../ui/text.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';
import { liveStage } from './parts/liveStage.ts';

/** Implement: the format's live moment (the webinar's chat, the MOOC's forum, the playtest…). */
export class ImplementScene extends DecisionScene {
  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    const live = run.format ? this.s.catalogue.live[run.format] : undefined;
    const title = live ? tx(live.title) : t('implement.liveTitle');
    this.enter(`${t('phase.implement')} — ${title}`);
    this.phaseHeader(4, 'phase.implement', tx(mission.title));
    label(this, 48, 84, title, { size: 'h2', bold: true, width: 1184, maxHeight: 44 });
    if (live) liveStage(this, { x: 48, y: 136, w: 540, h: 472 }, live, mission.learners);
    decisionPhase(this, {
      kind: 'live',
      pending: run.live,
      showing: this.showing,
      find: (id) => live?.steps.find((s) => s.id === id),
      moveOn: t('implement.next'),
      box: live ? { x: 612, y: 136, w: 620, h: 472 } : { x: 48, y: 136, w: 1184, h: 472 },
    });
    this.focusDefault();
  }
}
