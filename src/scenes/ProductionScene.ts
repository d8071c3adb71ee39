import { t, tx } from '../i18n/t.ts';
import { tellerOf } from '../sim/cast.ts';
import { productionWeek } from '../sim/teamWork.ts';
import { currentMission } from '../state/views.ts';
import { below, columns, type Rect } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { label } from '../ui/text.ts';
import { color, sizeClass, space } from '../ui/theme.ts';
import { DecisionScene } from './parts/DecisionScene.ts';
import { decisionPhase } from './parts/decisionPhase.ts';
import { PILOT_ID, pilotEvent, pilotPending } from './parts/pilotEvent.ts';
import { teamAtWork, teamAtWorkHeight, type WorkWeek } from './parts/teamAtWork.ts';

/** Where the decision card starts on a wide screen, below the title and the weeks' gauge beside it. */
const CARD_TOP = 72;
/** The title and the gauge share a line from this width (in these proportions); narrower, the gauge goes under. */
const SIDE_BY_SIDE_W = 800;
const SPLIT = [416, 752];
const GAUGE_H = 16;
/** The decision card keeps at least this height when the team at work shares the body with it. */
const CARD_LEAST_H = 290;
const CARD_LEAST_H_PHONE = 420;
/** A decision card this high has all the room it can use; the studio's desks grow into the rest. */
const CARD_ROOMY_H = 440;
/** The card's height once production is delivered (its mark and one line). */
const DELIVERED_H = 220;
const STUDIO_SCALES = [2, 1.6, 1.3];
/** Upright, the title shows above the gauge when the body is at least this high. */
const TITLED_MIN_H = 600;

/** The week last shown, by run. */
const shownWeek = { key: '', week: 0 };

/** Develop, second half: the production weeks go by and surprises ask for decisions, one at a time. */
export class ProductionScene extends DecisionScene {
  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    this.enter(t('production.title'));
    this.phaseHeader(3, 'phase.develop', tx(mission.title));
    const pending = [...run.events, ...pilotPending(run)];
    const answered = pending.filter((e) => e.option).length;
    const total = pending.length;
    const week = productionWeek(answered, total, mission.weeks);
    const at: WorkWeek = { team: run.team, week, before: this.weekBefore(week), weeks: mission.weeks };
    const weekText = t('implement.week', { n: week, total: mission.weeks });
    const weeks = (r: Rect) => {
      meter(this, this.s.layer, r.x, r.y, r.w, GAUGE_H, t('production.title'), 'progress').set(
        week,
        mission.weeks,
        weekText,
      );
    };
    const body = this.frame('mission').body;
    // A phone sideways has no height to spare: the card takes the body, the weeks go beside the way on.
    const short = sizeClass() === 'short';
    const top = short ? 0 : this.top(body, weeks, weekText);
    const whole = short
      ? body
      : body.w >= SIDE_BY_SIDE_W
        ? { ...below(body, body.y + CARD_TOP), h: body.h - CARD_TOP - space.pad + space.xs }
        : below(body, body.y + top);
    // The team at work under the card, where the card keeps room enough for its options.
    // A tall screen draws the studio larger, in the room the decision card does not need.
    const heightAt = (scale: number) => teamAtWorkHeight(this, { ...at, scale }, whole.w, this.s.catalogue);
    // Once delivered, the card only says so: the studio takes the room.
    const delivered = !pending.some((e) => !e.option || e.id === this.showing);
    const roomy = delivered ? DELIVERED_H : CARD_ROOMY_H;
    const scales = delivered ? [3, 2.5, ...STUDIO_SCALES] : STUDIO_SCALES;
    at.scale = short ? 1 : (scales.find((k) => whole.h - heightAt(k) - space.m >= roomy) ?? 1);
    // A phone keeps the card whole: the colleague's words go first, then the desks.
    const least = sizeClass() === 'narrow' ? CARD_LEAST_H_PHONE : CARD_LEAST_H;
    if (!short && whole.h - heightAt(at.scale) - space.m < least) at.words = false;
    const teamH = short ? 0 : heightAt(at.scale);
    const withTeam = teamH > 0 && whole.h - teamH - space.m >= least;
    const box = withTeam ? { ...whole, h: whole.h - teamH - space.m } : whole;
    const free = decisionPhase(this, {
      kind: 'event',
      pending,
      showing: this.showing,
      find: (id) =>
        id === PILOT_ID ? pilotEvent(run, mission, this.s.catalogue) : this.s.catalogue.events[id],
      teller: (event) => tellerOf(event, run.team, mission, this.s.catalogue),
      own: {
        id: PILOT_ID,
        choose: (option) => this.state.choose({ t: 'pilot', revise: option === 'revise' }),
      },
      moveOn: t('production.next'),
      box,
    });
    // After the card, so the decision comes first to the keyboard and to screen readers.
    if (withTeam) teamAtWork(this, at, { ...whole, y: box.y + box.h + space.m, h: teamH }, this.s.catalogue);
    if (short && free) {
      // "Week 3 of 4", then the gauge to the way on.
      const said = label(this, free.x, free.y, weekText, { size: 'small', bold: true, maxWidth: free.w / 2 });
      said.setY(free.y + (free.h - said.height) / 2);
      const gaugeX = said.x + said.width + space.l;
      weeks({ ...free, x: gaugeX, y: free.y + (free.h - GAUGE_H) / 2, w: free.x + free.w - gaugeX });
    }
    this.focusDefault();
  }

  /**
   * The week the team's work last showed for this run, so the gauges rise from it after a choice, and a
   * redraw of the same week (a turned phone, "Continue") does not play it again.
   */
  private weekBefore(week: number): number {
    const key = `${this.state.run?.missionId}:${this.state.run?.seed}`;
    const last = shownWeek.key === key ? shownWeek.week : Math.max(0, week - 1);
    shownWeek.key = key;
    shownWeek.week = week;
    return Math.min(last, week);
  }

  /** The title and the weeks' gauge, on one line or two; returns the height they take. */
  private top(body: Rect, weeks: (r: Rect) => void, weekText: string): number {
    const beside = body.w >= SIDE_BY_SIDE_W;
    const [title, gauge] = beside
      ? (columns({ ...body, h: CARD_TOP }, SPLIT, space.l) as [Rect, Rect])
      : [body, body];
    // A small phone keeps its height for the card: the phase's name is in the strip, the weeks say the rest.
    const titled = beside || body.h >= TITLED_MIN_H;
    const heading = titled
      ? label(this, title.x, title.y - space.xs, t('production.title'), {
          size: 'h2',
          bold: true,
          maxWidth: title.w,
        })
      : null;
    const gaugeY = beside ? gauge.y + space.s : heading ? heading.y + heading.height + space.s : body.y;
    weeks({ ...gauge, y: gaugeY });
    const said = label(this, gauge.x + gauge.w, gaugeY + GAUGE_H + space.s, weekText, {
      size: 'small',
      align: 'right',
      color: color.inkSoft,
    });
    return beside ? CARD_TOP : said.y + said.height + space.m - body.y;
  }
}
