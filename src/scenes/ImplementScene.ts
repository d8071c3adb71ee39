import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { below, type Rect, sideBySide } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { space } from '../ui/theme.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';
import { liveStage } from './parts/liveStage.ts';

/** Narrower than this, the stream's screen and messages would be cramped. */
const FEED_MIN_W = 320;

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
    // The stream on the left, the decision beside it; without a stream, or on a narrow screen where the
    // stream (flavour only) would crowd the decision, the decision takes the width.
    const split = sideBySide(stage, [540, 620], FEED_MIN_W, space.pad);
    const [feed, card] = split.parts as [Rect, Rect];
    const streams = !!live && !split.stacked;
    if (live && streams) liveStage(this, feed, live, mission.learners);
    decisionPhase(this, {
      kind: 'live',
      pending: run.live,
      showing: this.showing,
      find: (id) => live?.steps.find((s) => s.id === id),
      moveOn: t('implement.next'),
      box: streams ? card : stage,
    });
    this.focusDefault();
  }
}
