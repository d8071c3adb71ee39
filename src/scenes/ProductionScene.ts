import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { meter } from '../ui/meter.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';

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
    label(this, 48, 92, t('production.title'), { size: 'h2', bold: true, maxWidth: 416 });
    const week = total === 0 ? mission.weeks : Math.round(((answered + 1) / (total + 1)) * mission.weeks);
    const weekText = t('implement.week', { n: week, total: mission.weeks });
    meter(this, this.s.layer, 480, 104, 752, 16, t('production.title'), 'progress').set(
      week,
      mission.weeks,
      weekText,
    );
    label(this, 1232, 128, weekText, { size: 'small', align: 'right', color: color.inkSoft });
    decisionPhase(this, {
      kind: 'event',
      pending: run.events,
      showing: this.showing,
      find: (id) => this.s.catalogue.events[id],
      moveOn: t('production.next'),
      box: { x: 48, y: 168, w: 1184, h: 420 },
    });
    this.focusDefault();
  }
}
