import { t, tx } from '../i18n/t.ts';
import { liveAudience } from '../sim/liveAudience.ts';
import { currentMission } from '../state/views.ts';
import { below, type Rect, sideBySide } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { sizeClass, space } from '../ui/theme.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';
import { liveStage, liveStageHeight, liveStripHeight, MOST_MESSAGES } from './parts/liveStage.ts';

/** Narrower than this, the stream's screen and messages would be cramped. */
const FEED_MIN_W = 320;
/** Beside the stream, the decision (in half the width) needs this much height. */
const BESIDE_MIN_H = 440;
/** Upright, the stream goes above the decision when the decision keeps this much height. */
const CARD_MIN_H = 480;

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
    // A phone sideways has no height to spare: the card takes the body, the title goes beside the way on.
    const short = sizeClass() === 'short';
    if (!short)
      label(this, body.x, body.y - space.m, title, { size: 'h2', bold: true, width: body.w, maxHeight: 44 });
    const stage = short ? body : below(body, body.y + 40);
    const { feed, card } = this.stageParts(stage);
    if (live && feed) {
      const audience = liveAudience(run, this.s.catalogue);
      liveStage(this, feed, live, {
        audience,
        learners: mission.learners,
        answered: run.live.filter((p) => p.option).length,
        // The room reacts as the outcome of the choice shows, not again once the player read on.
        fresh: !!audience.reaction && audience.reaction.step === this.showing,
      });
    }
    const free = decisionPhase(this, {
      kind: 'live',
      pending: run.live,
      showing: this.showing,
      find: (id) => live?.steps.find((s) => s.id === id),
      moveOn: t('implement.next'),
      box: live && feed ? card : stage,
    });
    if (short && free) {
      const said = label(this, free.x, free.y, title, { size: 'h2', bold: true, maxWidth: free.w });
      said.setY(free.y + (free.h - said.height) / 2);
    }
    this.focusDefault();
  }

  /**
   * The stream on the left and the decision beside it on a landscape screen; upright, the stream above the
   * decision when there is height for both. Otherwise (a phone upright) the stream gives way and only its
   * header stays, the audience moving with each choice; a phone sideways has no room for even that.
   */
  private stageParts(stage: Rect): { feed: Rect | null; card: Rect } {
    if (sizeClass() === 'wide') {
      const split = sideBySide(stage, [540, 620], FEED_MIN_W, space.pad);
      const [feed, card] = split.parts as [Rect, Rect];
      return split.stacked || stage.h < BESIDE_MIN_H ? { feed: null, card: stage } : { feed, card };
    }
    const room = Math.min(liveStageHeight(MOST_MESSAGES), stage.h - CARD_MIN_H - space.pad);
    const feedH =
      room >= liveStageHeight(1, 'low') ? room : room >= liveStripHeight() ? liveStripHeight() : 0;
    if (sizeClass() === 'short' || feedH === 0) return { feed: null, card: stage };
    return { feed: { ...stage, h: feedH }, card: below(stage, stage.y + feedH + space.pad) };
  }
}
