import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { below, columns, type Rect } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { label } from '../ui/text.ts';
import { color, space } from '../ui/theme.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';

/** Where the decision card starts, below the title and the weeks' gauge. */
const CARD_TOP = 72;

/** Develop, second half: the production weeks go by and surprises ask for decisions, one at a time. */
export class ProductionScene extends DecisionScene {
  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    this.enter(t('production.title'));
    this.phaseHeader(3, 'phase.develop', tx(mission.title));
    const answered = run.events.filter((e) => e.option).length;
    const total = run.events.length;
    const body = this.frame('mission').body;
    // The title, then the weeks' gauge to the right edge; the card takes the rest.
    const [title, weeks] = columns({ ...body, h: CARD_TOP }, [416, 752], space.l) as [Rect, Rect];
    label(this, title.x, title.y - space.xs, t('production.title'), {
      size: 'h2',
      bold: true,
      maxWidth: title.w,
    });
    const week = total === 0 ? mission.weeks : Math.round(((answered + 1) / (total + 1)) * mission.weeks);
    const weekText = t('implement.week', { n: week, total: mission.weeks });
    meter(this, this.s.layer, weeks.x, weeks.y + space.s, weeks.w, 16, t('production.title'), 'progress').set(
      week,
      mission.weeks,
      weekText,
    );
    label(this, weeks.x + weeks.w, weeks.y + space.gap, weekText, {
      size: 'small',
      align: 'right',
      color: color.inkSoft,
    });
    decisionPhase(this, {
      kind: 'event',
      pending: run.events,
      showing: this.showing,
      find: (id) => this.s.catalogue.events[id],
      moveOn: t('production.next'),
      box: { ...below(body, body.y + CARD_TOP), h: body.h - CARD_TOP - space.pad + space.xs },
    });
    this.focusDefault();
  }
}
