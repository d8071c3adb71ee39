import { labelled, num, t, tx } from '../../i18n/t.ts';
import {
  discussionPrompts,
  factBehind,
  type MissionStats,
  type Prompt,
} from '../../modes/classroom/classStats.ts';
import type { Mission } from '../../sim/types.ts';
import { classView } from '../../state/classView.ts';
import { barChart } from '../../ui/barChart.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';
import { topicText } from './topicText.ts';

const COL_W = 384;
const COLS = [40, 448, 856] as const;

/** The class debrief: how the stars spread, what was chosen, the commonest pitfalls and what to discuss. */
export class ClassDebriefScene extends ModeScene {
  constructor() {
    super('class-debrief');
  }

  create(): void {
    const teacher = this.teacher().teacher;
    const s = teacher.getState();
    const view = classView(s, this.s.catalogue);
    if (!view) return;
    this.enter('class-debrief', t('teacher.debrief'));
    const results = t('classDebrief.results', { n: view.stats.pupils });
    this.topBar(
      `${t('teacher.debrief')} — ${t('teacher.sessionTitle', { code: view.sessionCode })}`,
      results,
    );
    const layer = this.s.layer;
    label(this, 0, 0, results, { layer }).setVisible(false);

    let top = 96;
    if (view.missions.length > 1) {
      view.missions.forEach((m, i) => {
        this.btn({
          x: 40 + i * 296,
          y: 84,
          w: 280,
          h: 52,
          text: t('classDebrief.mission', { n: i + 1 }),
          ariaLabel: labelled(t('classDebrief.mission', { n: i + 1 }), tx(m.title)),
          pressed: i === s.debriefMission,
          compact: true,
          onPress: () => teacher.getState().showMission(i),
        });
      });
      top = 148;
    }
    const index = Math.min(s.debriefMission, view.missions.length - 1);
    const mission = view.missions[index];
    const stats = view.stats.missions[index];
    if (!mission || !stats) return;
    if (view.stats.pupils === 0) {
      panel(this, 40, top, 1200, 120, { fill: color.tintSky, border: color.sky });
      icon(this, 88, top + 60, 'info', color.blue, 36);
      label(this, 128, top + 44, t('classDebrief.empty'), { width: 1080, layer });
    } else {
      for (const x of COLS) panel(this, x, top, COL_W, 624 - top - 16);
      this.starsAndFormats(stats, COLS[0] + 24, top + 20);
      this.pitfalls(mission, stats, COLS[1] + 24, top + 20);
      this.questions(mission, stats, COLS[2] + 24, top + 20);
    }

    this.btn({
      x: 40,
      y: 640,
      w: 340,
      h: 64,
      text: t('classDebrief.back'),
      icon: 'arrow-left',
      onPress: () => teacher.getState().backToSession(),
    });
    this.watchOn(
      teacher,
      (x) => x.debriefMission,
      () => this.refresh(),
    );
    this.focusDefault();
  }

  private starsAndFormats(stats: MissionStats, x: number, y: number): void {
    const layer = this.s.layer;
    const w = COL_W - 48;
    label(this, x, y, t('classDebrief.stars'), { bold: true, layer, tag: 'h2' });
    const rows = [3, 2, 1, 0];
    rows.forEach((n, i) => {
      for (let k = 0; k < 3; k++) {
        const filled = k < n;
        icon(
          this,
          x + 14 + k * 26,
          y + 55 + i * 30,
          filled ? 'star-filled' : 'star',
          filled ? color.orange : color.line,
          22,
        );
      }
    });
    const h = barChart(
      this,
      layer,
      rows.map((n) => ({
        label: '',
        value: stats.stars[n] ?? 0,
        spoken: t('classDebrief.starsBar', { n, count: stats.stars[n] ?? 0 }),
      })),
      { x, y: y + 40, w, labelW: 96, rowH: 30, title: t('classDebrief.stars') },
    );
    const avgText = t('classDebrief.average', { n: num(stats.averageStars) });
    label(this, x, y + 46 + h, avgText, { size: 'small', color: color.inkSoft, layer });

    const fy = y + 86 + h;
    label(this, x, fy, t('classDebrief.formats'), { bold: true, layer, tag: 'h2' });
    barChart(
      this,
      layer,
      stats.formats.slice(0, 4).map((f) => {
        const name = tx(this.s.catalogue.formats[f.value]?.name ?? { fr: f.value, en: f.value });
        return { label: name, value: f.count, spoken: t('classDebrief.formatBar', { name, count: f.count }) };
      }),
      {
        x,
        y: fy + 40,
        w,
        labelW: 150,
        rowH: 34,
        max: stats.stars.reduce((a, b) => a + b, 0),
        fill: color.green,
        title: t('classDebrief.formats'),
      },
    );
  }

  private pitfalls(mission: Mission, stats: MissionStats, x: number, y: number): void {
    const layer = this.s.layer;
    const cat = this.s.catalogue;
    const w = COL_W - 88;
    label(this, x, y, t('classDebrief.pitfalls'), { bold: true, layer, tag: 'h2' });
    let at = y + 44;
    const line = (text: string, o: { bold?: boolean; tint?: number } = {}) => {
      const l = label(this, x + 40, at, text, {
        size: 'small',
        bold: o.bold,
        width: w,
        color: o.tint,
        layer,
      });
      at += l.height + 4;
    };
    const item = (topic: number, count: number, good: boolean) => {
      icon(
        this,
        x + 14,
        at + 12,
        good ? 'circle-check' : 'triangle-alert',
        good ? color.green : color.orange,
        28,
      );
      line(`${topicText(topic, mission)} (${t('classDebrief.pupils', { n: count })})`, { bold: true });
      const fact = cat.facts[factBehind(topic, mission, cat) ?? ''];
      if (fact) {
        line(t('classDebrief.fact', { title: tx(fact.title) }), { tint: color.blue, bold: true });
        // The fact in full under a pitfall: it is what the class discusses; a strength only names it.
        if (!good) line(tx(fact.text), { tint: color.inkSoft });
      }
      at += 16;
    };
    if (stats.pitfalls.length === 0) {
      line(t('classDebrief.noPitfall'));
      at += 16;
    }
    for (const p of stats.pitfalls.slice(0, 2)) if (at < 400) item(p.value, p.count, false);
    const strength = stats.strengths[0];
    if (strength && at < 440) {
      at += 8;
      label(this, x, at, t('classDebrief.strength'), { bold: true, layer, tag: 'h2' });
      at += 44;
      item(strength.value, strength.count, true);
    }
  }

  private questions(mission: Mission, stats: MissionStats, x: number, y: number): void {
    const layer = this.s.layer;
    label(this, x, y, t('classDebrief.questions'), { bold: true, layer, tag: 'h2' });
    let at = y + 48;
    discussionPrompts(stats).forEach((p, i) => {
      this.add.circle(x + 14, at + 12, 14, color.purple);
      label(this, x + 14, at + 2, String(i + 1), {
        size: 'small',
        bold: true,
        color: color.card,
        align: 'center',
      });
      const q = label(this, x + 40, at, this.promptText(p, mission), {
        size: 'small',
        width: COL_W - 88,
        layer,
      });
      at += q.height + 24;
    });
  }

  private promptText(p: Prompt, mission: Mission): string {
    switch (p.kind) {
      case 'format': {
        const name = tx(this.s.catalogue.formats[p.format]?.name ?? { fr: p.format, en: p.format });
        return t('question.format', { count: p.count, name });
      }
      case 'pitfall':
        return t('question.pitfall', { topic: topicText(p.topic, mission) });
      case 'strength':
        return t('question.strength', { topic: topicText(p.topic, mission) });
      case 'job':
        return t('question.job');
    }
  }
}
