import type { Mission } from '../content/types.ts';
import { num, t, tx } from '../i18n/t.ts';
import { designCost, formatEffort } from '../sim/budget.ts';
import { clientOf } from '../sim/cast.ts';
import { cardsOf, totalHours } from '../sim/design.ts';
import { currentMission } from '../state/views.ts';
import { FORMAT_ICONS } from '../ui/formatIcons.ts';
import { below, columnsThatFit, grid, type Rect } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { color, LINE, size, sizeClass, space } from '../ui/theme.ts';
import { type CardDeckState, cardDeck } from './design/cardDeck.ts';
import { evaluationStep } from './design/evaluationStep.ts';
import { GameScene } from './GameScene.ts';
import { freeBetween, presence } from './parts/presence.ts';

type Step = 'format' | 'storyboard' | 'evaluation';
type DeckView = Pick<CardDeckState, 'deckPage' | 'storyPage' | 'tab'>;

/** A step's tab width, a format card's height. */
const TAB_W = 200;
const FORMAT_H = 140;
/** A format card at least this wide (else one column). */
const FORMAT_MIN_W = 440;
const FORMAT_MIN_W_SHORT = 340;

/** Design: the format, the storyboard built from activity cards, the evaluation — one step at a time. */
export class DesignScene extends GameScene {
  private step: Step = 'format';
  private view: DeckView = { deckPage: 0, storyPage: 0, tab: 'deck' };

  init(data: { step?: Step; view?: DeckView }): void {
    const run = this.state.run;
    this.step = data.step ?? (!run?.format ? 'format' : !run.order?.length ? 'storyboard' : 'evaluation');
    this.view = data.view ?? { deckPage: 0, storyPage: 0, tab: 'deck' };
  }

  create(): void {
    const mission = currentMission(this.state, this.s.catalogue);
    if (!mission) return;
    const names: Record<Step, string> = {
      format: t('design.stepFormat'),
      storyboard: t('design.stepStoryboardCards'),
      evaluation: t('design.stepEvaluation'),
    };
    this.enter(`${t('phase.design')} — ${names[this.step]}`);
    this.phaseHeader(2, 'phase.design', tx(mission.title));
    const express = mission.express;
    const steps: Step[] = express ? ['format'] : ['format', 'storyboard', 'evaluation'];
    const body = this.frame('mission').body;
    const tabH = Math.ceil(size.body * LINE);
    const tabs = grid({ ...body, y: body.y - space.s, w: Math.min(TAB_W * 3, body.w) }, 3, 3, space.s, tabH);
    steps.forEach((s, i) => {
      const tab = tabs[i] as Rect;
      label(this, tab.x, tab.y, names[s], {
        width: tab.w,
        maxHeight: tab.h,
        bold: s === this.step,
        color: s === this.step ? color.blue : color.inkSoft,
      });
    });
    const area = below(body, body.y - space.s + tabH + space.m);
    if (this.step === 'format') this.formats(mission, area);
    if (this.step === 'storyboard') this.storyboard(mission, area);
    if (this.step === 'evaluation') this.evaluation(area);

    const last = this.step === steps.at(-1);
    // The first step has no way back: the way on has the row to itself.
    const share = this.step === 'format' ? 'alone' : 'shared';
    const next = this.nextAction(
      {
        text: last ? t('design.next') : t('design.continue'),
        unavailable: !this.stepDone(),
        onPress: () => {
          if (!this.stepDone()) return this.s.audio.play('error');
          if (last) {
            if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
          } else this.go(steps[steps.indexOf(this.step) + 1] as Step);
        },
      },
      share,
    );
    const back =
      this.step !== 'format'
        ? this.backAction({
            text: t('common.back'),
            onPress: () => this.go(steps[steps.indexOf(this.step) - 1] as Step),
          })
        : undefined;
    // The client waits for the design: they are there, between the ways back and on.
    const who = clientOf(mission, this.s.catalogue);
    if (who)
      presence(
        this,
        who,
        t('cast.waiting', { name: who.name }),
        freeBetween(this.frame().actions, [back, next]),
      );
    this.focusDefault();
  }

  private go(step: Step): void {
    this.scene.restart({ step, view: this.view });
  }

  private stepDone(): boolean {
    const run = this.state.run;
    if (this.step === 'format') return !!run?.format;
    if (this.step === 'storyboard') {
      const mission = currentMission(this.state, this.s.catalogue);
      const max = this.s.catalogue.formats[run?.format ?? '']?.maxHours ?? 0;
      const cards = mission ? cardsOf(run?.order ?? [], mission) : [];
      return cards.some((c) => c.role !== 'intro') && totalHours(cards) <= max;
    }
    return (run?.evaluation.length ?? 0) > 0;
  }

  private formats(mission: Mission, area: Rect): void {
    const run = this.state.run;
    const cat = this.s.catalogue;
    const n = mission.formats.length;
    // A phone turned sideways has the width for two columns but not the height for four cards in one.
    const minW = sizeClass() === 'short' ? FORMAT_MIN_W_SHORT : FORMAT_MIN_W;
    const cols = columnsThatFit(area.w, minW, 2, space.l);
    const lines = Math.ceil(n / cols);
    // Cards keep their designed height on the reference screen; elsewhere they take the room there is.
    const shared = (area.h - (lines - 1) * space.l) / lines;
    const cells = grid(area, n, cols, space.l, sizeClass() === 'wide' ? Math.min(FORMAT_H, shared) : shared);
    // Where a card may not hold all its words, the workload comes first: it is the figure the choice needs.
    const effortFirst = sizeClass() !== 'wide';
    mission.formats.forEach((id, i) => {
      const format = cat.formats[id];
      const cell = cells[i];
      if (!format || !cell) return;
      // The workload for the hours the client plans; a storyboard already built may be too dear in this format.
      const effort = t('design.effort', {
        n: num(Math.round(formatEffort(id, mission.hours, cat) * 10) / 10),
      });
      const tooDear = !!run && designCost({ ...run, format: id }, mission, cat) > mission.budget;
      const said = effortFirst
        ? `${effort} · ${tx(format.description)}`
        : `${tx(format.description)} ${effort}`;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: FORMAT_ICONS[id] ?? 'package',
        text: tx(format.name),
        detail: tooDear ? `${t('design.tooDear')} · ${said}` : said,
        pressed: run?.format === id,
        unavailable: tooDear,
        sound: 'select',
        onPress: () => {
          if (!this.state.choose({ t: 'format', id })) this.s.audio.play('error');
          this.refresh({ step: 'format', view: this.view });
        },
      });
    });
  }

  private storyboard(mission: Mission, area: Rect): void {
    const run = this.state.run;
    if (!run) return;
    const maxHours = this.s.catalogue.formats[run.format ?? '']?.maxHours ?? mission.hours;
    cardDeck(
      this,
      area,
      mission,
      {
        order: run.order ?? [],
        maxHours,
        budget: mission.budget,
        costOf: (order) => designCost({ ...run, order }, mission, this.s.catalogue),
        ...this.view,
      },
      {
        choose: (order) => {
          const ok = this.state.choose({ t: 'order', ids: order });
          if (ok) this.refresh({ step: 'storyboard', view: this.view });
          return ok;
        },
        view: (next) => this.refresh({ step: 'storyboard', view: { ...this.view, ...next } }),
      },
    );
  }

  private evaluation(area: Rect): void {
    const run = this.state.run;
    if (!run) return;
    evaluationStep(this, area, run.evaluation, this.s.catalogue, (id, on) => {
      if (!this.state.choose({ t: 'evaluation', id, on })) this.s.audio.play('error');
      this.refresh({ step: 'evaluation', view: this.view });
    });
  }
}
