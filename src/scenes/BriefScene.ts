import { num, type StringKey, t, tx } from '../i18n/t.ts';
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
      maxHeight: 96,
      layer,
      tag: 'h2',
    });
    const brief = label(this, 80, client.y + client.height + 12, tx(mission.brief), {
      width: 656,
      maxHeight: 150,
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
    const recruiter = this.s.catalogue.recruiters[mission.recruiter];
    const items: [IconName, StringKey, string][] = [
      ['users', 'brief.audience', tx(mission.audience)],
      ['target', 'brief.objective', tx(mission.objective)],
      ['wallet', 'brief.budget', `${num(mission.budget)} €`],
      ['clock', 'brief.weeks', t('brief.weeksValue', { n: mission.weeks })],
    ];
    // Two rows of two; the second row starts below the taller item of the first.
    const bottom = 560;
    let y = top;
    for (const row of [items.slice(0, 2), items.slice(2)]) {
      let rowEnd = y;
      row.forEach(([ico, key, value], i) => {
        const x = 80 + i * 336;
        icon(this, x + 16, y + 14, ico, color.blue, 28);
        const name = label(this, x + 44, y, t(key), { size: 'small', bold: true, color: color.inkSoft });
        const v = label(this, x + 44, y + name.height + 2, value, {
          size: 'small',
          width: 272,
          maxHeight: Math.max(24, (bottom - top) / 2 - name.height - 16),
        });
        rowEnd = Math.max(rowEnd, v.y + v.height);
        label(this, 0, 0, `${t(key)} : ${value}`, { layer: this.s.layer }).setVisible(false);
      });
      y = rowEnd + 16;
    }
    if (recruiter) {
      label(this, 80, 572, t('brief.recruiter', { kind: tx(recruiter.name) }), {
        size: 'small',
        color: color.inkSoft,
        layer: this.s.layer,
      });
    }
  }

  private questions(mission: Mission): void {
    const run = this.state.run;
    if (!run || mission.maxQuestions === 0) return;
    panel(this, 800, 96, 432, 512);
    label(this, 824, 116, t('questions.title', { n: run.asked.length, max: mission.maxQuestions }), {
      bold: true,
      width: 384,
      layer: this.s.layer,
      tag: 'h2',
    });
    const full = run.asked.length >= mission.maxQuestions;
    let y = 160;
    for (const q of mission.questions) {
      const asked = run.asked.includes(q.id);
      this.btn({
        x: 824,
        y,
        w: 384,
        h: 72,
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
      y += 80;
      if (asked) {
        const answer = label(this, 840, y, this.answer(q), {
          size: 'small',
          width: 360,
          color: color.inkSoft,
          layer: this.s.layer,
        });
        y += answer.height + 12;
      }
    }
  }

  /** The answer as the player hears it: the truth, or something vague when listening falls short. */
  private answer(q: Question): string {
    const run = this.state.run;
    const heard = !!run && run.skills.listening >= q.listening;
    if (!heard) return `${t('questions.vague')} : ${tx(q.vague)}`;
    const constraint = this.s.catalogue.missions[run.missionId]?.constraints.find((c) => c.id === q.reveals);
    return constraint
      ? `${tx(q.answer)} ${t('questions.found', { name: tx(constraint.name) })}`
      : tx(q.answer);
  }
}
