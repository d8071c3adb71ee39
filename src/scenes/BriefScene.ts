import { labelled, money, type StringKey, t, tx } from '../i18n/t.ts';
import type { Mission, Question } from '../sim/types.ts';
import { currentMission } from '../state/views.ts';
import { type IconName, icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

/** Analyse: the client's brief, and the questions that bring hidden constraints to light. */
export class BriefScene extends GameScene {
  constructor() {
    super('brief');
  }

  create(): void {
    const mission = currentMission(this.state, this.s.catalogue);
    if (!mission) return;
    this.enter('brief', `${t('phase.brief')} — ${tx(mission.title)}`);
    this.phaseHeader(1, 'phase.brief', tx(mission.title));
    const layer = this.s.layer;

    panel(this, 48, 96, 720, 512);
    const client = label(this, 80, 116, tx(mission.client), {
      size: 'h2',
      bold: true,
      width: 660,
      maxHeight: 80,
      layer,
      tag: 'h2',
    });
    // The brief gives way first when text is large: the four facts below need two rows of about 90 px.
    const briefTop = client.y + client.height + 12;
    const brief = label(this, 80, briefTop, tx(mission.brief), {
      width: 656,
      maxHeight: Math.min(160, 386 - briefTop),
      layer,
    });
    this.facts(mission, brief.y + brief.height + 28);
    this.questions(mission);

    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: t('brief.start'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => this.state.choose({ t: 'next' }),
    });
    this.watch(
      (s) => s.run?.asked.length,
      () => this.refresh(),
    );
    this.focusDefault();
  }

  private facts(mission: Mission, top: number): void {
    const items: [IconName, StringKey, string][] = [
      ['users', 'brief.audience', tx(mission.audience)],
      ['target', 'brief.objective', tx(mission.objective)],
      ['wallet', 'brief.budget', money(mission.budget)],
      ['clock', 'brief.weeks', t('brief.weeksValue', { n: mission.weeks })],
    ];
    // Who and what, one under the other at full width (the most text per line), sharing the space left;
    // money and time on one line below.
    const bottom = 556;
    const [audience, objective, budget, weeks] = items;
    const share = (bottom - 12 - top) / 2;
    let y = top;
    for (const item of [audience, objective]) {
      if (!item) continue;
      const [ico, key, value] = item;
      icon(this, 96, y + 14, ico, color.blue, 28);
      const l = label(this, 124, y, labelled(t(key), value), {
        size: 'small',
        width: 612,
        maxHeight: Math.max(24, share - 8),
        layer: this.s.layer,
      });
      y += Math.max(l.height, 30) + 8;
    }
    [budget, weeks].forEach((item, i) => {
      if (!item) return;
      const [ico, key, value] = item;
      const x = 80 + i * 336;
      icon(this, x + 16, bottom + 14, ico, color.blue, 28);
      label(this, x + 44, bottom, labelled(t(key), value), {
        size: 'small',
        bold: true,
        width: 272,
        maxHeight: 34,
        layer: this.s.layer,
      });
    });
  }

  private questions(mission: Mission): void {
    const run = this.state.run;
    if (!run || mission.maxQuestions === 0) return;
    panel(this, 800, 96, 432, 512);
    label(this, 824, 116, t('questions.title', { n: run.asked.length, max: mission.maxQuestions }), {
      bold: true,
      width: 384,
      maxHeight: 36,
      layer: this.s.layer,
      tag: 'h2',
    });
    const full = run.asked.length >= mission.maxQuestions;
    const n = mission.questions.length;
    // The answers already heard come under their questions, sharing the room the smallest buttons leave;
    // the buttons then share what room is left.
    const answerRoom = (596 - 160 - n * 64) / Math.max(1, run.asked.length) - 12;
    const answers = new Map(
      mission.questions
        .filter((q) => run.asked.includes(q.id))
        .map((q) => [
          q.id,
          label(this, 840, 0, this.answer(q), {
            size: 'small',
            width: 360,
            maxHeight: answerRoom,
            color: color.inkSoft,
            layer: this.s.layer,
          }),
        ]),
    );
    const answered = [...answers.values()].reduce((sum, a) => sum + a.height + 12, 0);
    const h = Math.max(56, Math.min(88, (596 - 160 - answered) / n - 8));
    let y = 160;
    for (const q of mission.questions) {
      const asked = run.asked.includes(q.id);
      this.btn({
        x: 824,
        y,
        w: 384,
        h,
        variant: 'choice',
        compact: true,
        text: tx(q.text),
        key: `question-${q.id}`,
        pressed: asked,
        unavailable: !asked && full,
        onPress: () => {
          if (!asked && !this.state.choose({ t: 'ask', id: q.id })) this.s.audio.play('error');
        },
      });
      y += h + 8;
      const answer = answers.get(q.id);
      if (answer) {
        answer.setY(y);
        y += answer.height + 12;
      }
    }
  }

  /** The answer as the player hears it: the truth, or something vague when listening falls short. */
  private answer(q: Question): string {
    const run = this.state.run;
    const heard = !!run && run.skills.listening >= q.listening;
    if (!heard) return labelled(t('questions.vague'), tx(q.vague));
    const constraint = this.s.catalogue.missions[run.missionId]?.constraints.find((c) => c.id === q.reveals);
    return constraint
      ? `${tx(q.answer)} ${t('questions.found', { name: tx(constraint.name) })}`
      : tx(q.answer);
  }
}
