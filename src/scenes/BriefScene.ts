import type { Mission, Question } from '../content/types.ts';
import { labelled, t, tx } from '../i18n/t.ts';
import { clientOf, memoryOf } from '../sim/cast.ts';
import { canAskMore } from '../sim/choose.ts';
import { currentMission } from '../state/views.ts';
import { actionSlot, below, grid, inset, type Rect, rows, sideBySide } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label, setLabel } from '../ui/text.ts';
import { color, control, sizeClass, space } from '../ui/theme.ts';
import { briefFacts } from './brief/briefFacts.ts';
import { GameScene } from './GameScene.ts';
import { ACTIVITY_NAMES, INTERVIEWEE_NAMES } from './names.ts';
import { speaker } from './parts/speaker.ts';
import { learnMoreBlock } from './results/blocks.ts';

/** Narrower than this, the questions get a page of their own (a phone held upright). */
const SIDE_MIN_W = 280;
/** A portrait body at least this high holds the brief and the questions one under the other. */
const TALL_BODY_H = 720;
/** An objective's toggle: at most this high and this wide (a line of text reads badly wider). */
const OBJECTIVE_MAX_H = 76;
const OBJECTIVE_MAX_W = 840;
/** The least room beside the objectives for the "Learn more" button. */
const LEARN_MIN_W = 260;

/** Analyse: the client's brief, the interviews that bring hidden constraints to light, then the objectives. */
export class BriefScene extends GameScene {
  /** On a narrow screen the brief and the questions take turns on the screen. */
  private asking = false;
  private choosing = false;

  init(data: { asking?: boolean; choosing?: boolean }): void {
    this.asking = data.asking ?? false;
    // Back from the codex (or a reload) with objectives already picked, the player returns to them.
    this.choosing = data.choosing ?? (this.state.run?.objectives.length ?? 0) > 0;
  }

  create(): void {
    const mission = currentMission(this.state, this.s.catalogue);
    if (!mission) return;
    this.enter(`${t('phase.brief')} — ${this.choosing ? t('objectives.step') : tx(mission.title)}`);
    this.phaseHeader(1, 'phase.brief', tx(mission.title));
    if (this.choosing && !mission.express) {
      this.objectivesStep(mission);
      return;
    }

    const body = this.frame('mission').body;
    const split = sideBySide(body, [5, 3], SIDE_MIN_W);
    const asks = mission.maxQuestions > 0;
    // A phone turned sideways has the width for the brief's lines, not the height for the questions beside:
    // they get their page too, opened from the action row.
    const short = sizeClass() === 'short';
    if (!split.stacked && !short) {
      this.brief(mission, split.parts[0] as Rect);
      if (asks) this.questions(mission, split.parts[1] as Rect);
    } else if (!short && asks && body.h >= TALL_BODY_H) {
      // A tablet or a totem upright: the brief, then the questions under it.
      const end = this.brief(mission, body);
      this.questions(mission, below(body, end + space.gap));
    } else if (this.asking && asks) {
      this.questions(mission, body);
      this.backAction({ text: t('common.back'), onPress: () => this.refresh({ asking: false }) });
    } else {
      // The questions on a page of their own, opened from a button under the brief.
      const [main, ask] = !asks
        ? [body]
        : short
          ? [body, actionSlot(this.frame().actions, 'back')]
          : (rows(body, [body.h - control.h - space.m, control.h], space.m) as [Rect, Rect]);
      this.brief(mission, main as Rect);
      const run = this.state.run;
      if (ask && run)
        this.btn({
          ...ask,
          icon: 'arrow-right',
          text: t('questions.interviews', { n: run.asked.length, max: mission.maxQuestions }),
          key: 'ask',
          onPress: () => this.refresh({ asking: true }),
        });
    }

    this.nextAction(
      mission.express
        ? { text: t('brief.start'), onPress: () => this.state.choose({ t: 'next' }) }
        : { text: t('brief.toObjectives'), onPress: () => this.refresh({ choosing: true }) },
      this.asking || (short && asks) ? 'shared' : 'alone',
    );
    this.watch(
      (s) => s.run?.asked.length,
      () => this.refresh({ asking: this.asking }),
    );
    this.focusDefault();
  }

  /** The client, the brief and the four facts in a panel. */
  /** The brief's card in `main` (upright, only as tall as its words); returns where the card ends. */
  private brief(mission: Mission, main: Rect): number {
    const layer = this.s.layer;
    const card = panel(this, main.x, main.y, main.w, main.h);
    const inner = inset(main, space.gap, space.margin / 2 - space.xs);
    const client = label(this, inner.x, inner.y, tx(mission.client), {
      size: 'h2',
      bold: true,
      width: inner.w,
      maxHeight: 80,
      layer,
      tag: 'h2',
    });
    // The client in person, remembering the last mission for this employer (a phone sideways keeps its
    // little height for the brief and its facts).
    const who = sizeClass() === 'short' ? undefined : clientOf(mission, this.s.catalogue);
    const spoke = who
      ? speaker(
          this,
          who,
          tx(who.lines[memoryOf(this.state.career, who.id, this.s.catalogue)]),
          inner.x,
          client.y + client.height + space.s,
          inner.w,
          layer,
          72,
        )
      : null;
    // The brief gives way first when text is large: the four facts below need two rows of about 90 px.
    const briefTop = client.y + client.height + space.m + (spoke ? spoke.h + space.s : 0);
    const platform = mission.express
      ? ''
      : ` ${t(mission.platform ? 'brief.platformYes' : 'brief.platformNo')}`;
    const brief = label(this, inner.x, briefTop, `${tx(mission.brief)}${platform}`, {
      width: inner.w,
      maxHeight: Math.min(160, main.y + main.h * 0.57 - briefTop),
      layer,
    });
    const end = briefFacts(this, mission, below(inner, brief.y + brief.height + space.pad + space.xs));
    // A tall screen: the card ends under its last line rather than stretching empty to the buttons.
    const used = end + space.margin / 2 - main.y;
    if (sizeClass() !== 'narrow' || used >= main.h) return main.y + main.h;
    card.setSize(card.width, card.height - main.h + used);
    return main.y + used;
  }

  private questions(mission: Mission, side: Rect): void {
    const run = this.state.run;
    if (!run) return;
    panel(this, side.x, side.y, side.w, side.h);
    const inner = inset(side, space.pad, space.margin / 2 - space.xs);
    const title = label(
      this,
      inner.x,
      inner.y,
      t('questions.interviews', { n: run.asked.length, max: mission.maxQuestions }),
      {
        bold: true,
        width: inner.w,
        maxHeight: 36,
        layer: this.s.layer,
        tag: 'h2',
      },
    );
    const full = !canAskMore(run, mission);
    const n = mission.questions.length;
    const top = Math.max(inner.y + space.margin - space.xs, title.y + title.height + space.s);
    const room = side.y + side.h - space.m - top;
    // The answers already heard come under their questions, sharing the room the smallest buttons leave;
    // the buttons then share what room is left.
    const answerRoom = (room - n * (control.compact + space.s)) / Math.max(1, run.asked.length) - space.m;
    const answers = new Map(
      mission.questions
        .filter((q) => run.asked.includes(q.id))
        .map((q) => [
          q.id,
          label(this, inner.x + space.l, 0, this.answer(q), {
            size: 'small',
            width: inner.w - space.pad,
            maxHeight: answerRoom,
            color: color.inkSoft,
            layer: this.s.layer,
          }),
        ]),
    );
    const answered = [...answers.values()].reduce((sum, a) => sum + a.height + space.m, 0);
    const h = Math.max(control.compact, Math.min(88, (room - answered) / n - space.s));
    let y = top;
    for (const q of mission.questions) {
      const asked = run.asked.includes(q.id);
      this.btn({
        x: inner.x,
        y,
        w: inner.w,
        h,
        variant: 'choice',
        compact: true,
        text: t('questions.ask', { who: t(INTERVIEWEE_NAMES[q.who]), question: tx(q.text) }),
        key: `question-${q.id}`,
        pressed: asked,
        unavailable: !asked && full,
        onPress: () => {
          if (!asked && !this.state.choose({ t: 'ask', id: q.id })) this.s.audio.play('error');
        },
      });
      y += h + space.s;
      const answer = answers.get(q.id);
      if (answer) {
        answer.setY(y);
        y += answer.height + space.m;
      }
    }
  }

  /** The answer as the player hears it: the truth, or something vague when listening falls short. */
  private answer(q: Question): string {
    const run = this.state.run;
    const heard = !!run && run.skills.listening >= q.listening;
    if (!heard) return labelled(t('questions.vague'), tx(q.vague));
    const constraint = this.s.catalogue.missions[run.missionId]?.constraints.find((c) => c.id === q.reveals);
    const found = constraint ? ` ${t('questions.found', { name: tx(constraint.name) })}` : '';
    const hint = q.hint ? ` ${t('questions.hint', { type: t(ACTIVITY_NAMES[q.hint]) })}` : '';
    return `${tx(q.answer)}${found}${hint}`;
  }

  /** The learning objectives to pick: observable ones say what a learner will be seen doing. */
  private objectivesStep(mission: Mission): void {
    const run = this.state.run;
    if (!run) return;
    const layer = this.s.layer;
    const picks = this.s.catalogue.rules.objectivePicks;
    const body = this.frame('mission').body;
    const title = label(this, body.x, body.y, t('objectives.title', { n: picks }), {
      size: 'h2',
      bold: true,
      width: body.w,
      layer,
      tag: 'h2',
    });
    const help = label(this, body.x, title.y + title.height + space.xs, t('objectives.help'), {
      size: 'small',
      color: color.inkSoft,
      width: body.w,
      layer,
    });
    const count = label(this, body.x, help.y + help.height + space.xs, '', {
      size: 'small',
      bold: true,
      layer,
    });
    const area = below(body, count.y + count.height + space.m);
    const n = mission.objectives.length;
    // One column while the toggles keep a touch's height one under the other (else two, a phone sideways).
    const cols = n * (control.touch + space.s) <= area.h + space.s ? 1 : 2;
    const lines = Math.ceil(n / cols);
    const h = Math.max(control.touch, Math.min(OBJECTIVE_MAX_H, (area.h - (lines - 1) * space.s) / lines));
    const listW = Math.min(area.w, cols * OBJECTIVE_MAX_W);
    const cells = grid({ ...area, w: listW }, n, cols, space.s, h);
    // Beside the list, where it leaves room, the word of the model this step is about.
    const besideX = area.x + listW + space.gap;
    if (area.x + area.w - besideX >= LEARN_MIN_W)
      learnMoreBlock(this, 'objectif-observable')?.(besideX, area.y, area.x + area.w - besideX, layer);
    const buttons = mission.objectives.map((o, i) =>
      this.btn({
        ...(cells[i] as Rect),
        variant: 'choice',
        compact: true,
        text: tx(o.text),
        pressed: false,
        sound: null,
        key: `objective-${o.id}`,
        onPress: () => {
          const on = !this.state.run?.objectives.includes(o.id);
          if (!this.state.choose({ t: 'objective', id: o.id, on })) this.s.audio.play('error');
          else this.s.audio.play(on ? 'select' : 'deselect');
        },
      }),
    );
    const next = this.nextAction({
      text: t('objectives.next'),
      onPress: () => {
        if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
      },
    });
    this.backAction({ text: t('common.back'), onPress: () => this.refresh({ choosing: false }) });
    const show = () => {
      const picked = this.state.run?.objectives ?? [];
      setLabel(count, t('objectives.picked', { n: picked.length, max: picks }));
      mission.objectives.forEach((o, i) => {
        const on = picked.includes(o.id);
        buttons[i]?.setPressed(on);
        buttons[i]?.setUnavailable(!on && picked.length >= picks);
      });
      next.setUnavailable(picked.length !== picks);
    };
    show();
    this.watch((s) => s.run?.objectives, show);
    this.focusDefault();
  }
}
