import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { below, columns, type Rect } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { space } from '../ui/theme.ts';
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
    const body = this.frame('mission').body;
    label(this, body.x, body.y - space.m, title, { size: 'h2', bold: true, width: body.w, maxHeight: 44 });
    const stage = below(body, body.y + 40);
    // The stream on the left, the decision beside it; without a stream the decision takes the width.
    const [feed, card] = columns(stage, [540, 620], space.pad) as [Rect, Rect];
    if (live) liveStage(this, feed, live, mission.learners);
    decisionPhase(this, {
      kind: 'live',
      pending: run.live,
      showing: this.showing,
      find: (id) => live?.steps.find((s) => s.id === id),
      moveOn: t('implement.next'),
      box: live ? card : stage,
    });
    this.focusDefault();
  }
}
