import type { Mission } from '../../content/types.ts';
import { labelled, num, t, tx } from '../../i18n/t.ts';
import {
  discussionPrompts,
  factBehind,
  type MissionStats,
  type Prompt,
} from '../../sim/classroom/classStats.ts';
import { classView } from '../../state/classView.ts';
import { barChart } from '../../ui/barChart.ts';
import { icon } from '../../ui/icons.ts';
import { actionW, below, columns, columnsThatFit, grid, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, space } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';
import { topicText } from './topicText.ts';

/** The star rows of the spread: each a row of small stars beside its bar. */
const STAR_PX = 22;
const STAR_ROW_H = 30;
/** Room a pitfall or a strength needs (its topic, its fact and the fact's text); fewer are shown than overflow. */
const ITEM_ROOM = 184;
/** Indent of a line after its icon or number. */
const INDENT = iconPx.text + space.m;
/** A mission's tab narrower than this cuts its name: fewer in a row. */
const MIN_TAB_W = 160;

/** The class debrief: how the stars spread, what was chosen, the commonest pitfalls and what to discuss. */
export class ClassDebriefScene extends ModeScene {
  create(): void {
    const teacher = this.teacher().teacher;
    const s = teacher.getState();
    const view = classView(s, this.s.catalogue);
    if (!view) return;
    this.enter(t('teacher.debrief'));
    const results = t('classDebrief.results', { n: view.stats.pupils });
    this.topBar(
      `${t('teacher.debrief')} — ${t('teacher.sessionTitle', { code: view.sessionCode })}`,
      results,
    );
    const layer = this.s.layer;
    label(this, 0, 0, results, { layer }).setVisible(false);

    const body = this.frame('mission').body;
    let top = body.y;
    if (view.missions.length > 1) {
      const tabs = { ...body, y: body.y - space.m, h: control.touch };
      grid(tabs, view.missions.length, columnsThatFit(tabs.w, MIN_TAB_W, 4), space.l).forEach((tab, i) => {
        const m = view.missions[i];
        if (!m) return;
        this.btn({
          ...tab,
          text: t('classDebrief.mission', { n: i + 1 }),
          ariaLabel: labelled(t('classDebrief.mission', { n: i + 1 }), tx(m.title)),
          pressed: i === s.debriefMission,
          compact: true,
          onPress: () => teacher.getState().showMission(i),
        });
      });
      top = tabs.y + tabs.h + space.m;
    }
    const index = Math.min(s.debriefMission, view.missions.length - 1);
    const mission = view.missions[index];
    const stats = view.stats.missions[index];
    if (!mission || !stats) return;
    const area = below(body, top);
    if (view.stats.pupils === 0) {
      const note = { ...area, h: 120 };
      panel(this, note.x, note.y, note.w, note.h, { fill: color.tintSky, border: color.sky });
      const mid = note.y + note.h / 2;
      icon(this, note.x + space.margin, mid, 'info', color.blue, iconPx.heading);
      const textX = note.x + space.margin + iconPx.heading / 2 + space.pad;
      label(this, textX, mid, t('classDebrief.empty'), {
        width: note.x + note.w - textX - space.gap,
        layer,
      }).setOrigin(0, 0.5);
    } else {
      const cols = columns(area, [1, 1, 1], space.pad) as [Rect, Rect, Rect];
      for (const col of cols) panel(this, col.x, col.y, col.w, col.h);
      const [spread, pitfalls, questions] = cols.map((col) => inset(col, space.pad)) as [Rect, Rect, Rect];
      this.starsAndFormats(stats, spread);
      this.pitfalls(mission, stats, pitfalls);
      this.questions(mission, stats, questions);
    }

    this.btn({
      ...place(this.frame().actions, 'start', actionW.next),
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

  private starsAndFormats(stats: MissionStats, col: Rect): void {
    const layer = this.s.layer;
    const { x, w } = col;
    const starsHead = label(this, x, col.y, t('classDebrief.stars'), { bold: true, layer, tag: 'h2' });
    const chartY = starsHead.y + starsHead.height + space.m;
    const pitch = STAR_PX + space.xs;
    const rows = [3, 2, 1, 0];
    rows.forEach((n, i) => {
      for (let k = 0; k < 3; k++) {
        const filled = k < n;
        icon(
          this,
          x + STAR_PX / 2 + k * pitch,
          chartY + i * STAR_ROW_H + STAR_ROW_H / 2,
          filled ? 'star-filled' : 'star',
          filled ? color.orange : color.line,
          STAR_PX,
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
      { x, y: chartY, w, labelW: 3 * pitch + space.l, rowH: STAR_ROW_H, title: t('classDebrief.stars') },
    );
    const avgText = t('classDebrief.average', { n: num(stats.averageStars) });
    const average = label(this, x, chartY + h + space.xs, avgText, {
      size: 'small',
      color: color.inkSoft,
      layer,
    });

    const formatsHead = label(this, x, average.y + average.height + space.l, t('classDebrief.formats'), {
      bold: true,
      layer,
      tag: 'h2',
    });
    barChart(
      this,
      layer,
      stats.formats.slice(0, 4).map((f) => {
        const name = tx(this.s.catalogue.formats[f.value]?.name ?? { fr: f.value, en: f.value });
        return { label: name, value: f.count, spoken: t('classDebrief.formatBar', { name, count: f.count }) };
      }),
      {
        x,
        y: formatsHead.y + formatsHead.height + space.m,
        w,
        labelW: w * 0.45,
        max: stats.stars.reduce((a, b) => a + b, 0),
        fill: color.green,
        title: t('classDebrief.formats'),
      },
    );
  }

  private pitfalls(mission: Mission, stats: MissionStats, col: Rect): void {
    const layer = this.s.layer;
    const cat = this.s.catalogue;
    const { x } = col;
    const w = col.w - INDENT;
    const heading = (y: number, key: 'classDebrief.pitfalls' | 'classDebrief.strength') => {
      const head = label(this, x, y, t(key), { bold: true, layer, tag: 'h2' });
      return head.y + head.height + space.l;
    };
    let at = heading(col.y, 'classDebrief.pitfalls');
    const line = (text: string, o: { bold?: boolean; tint?: number } = {}) => {
      const l = label(this, x + INDENT, at, text, {
        size: 'small',
        bold: o.bold,
        width: w,
        color: o.tint,
        layer,
      });
      at += l.height + space.xs;
    };
    const item = (topic: number, count: number, good: boolean) => {
      icon(
        this,
        x + iconPx.text / 2,
        at + iconPx.text / 2,
        good ? 'circle-check' : 'triangle-alert',
        good ? color.green : color.orange,
        iconPx.text,
      );
      line(`${topicText(topic, mission)} (${t('classDebrief.pupils', { n: count })})`, { bold: true });
      const fact = cat.facts[factBehind(topic, mission, cat) ?? ''];
      if (fact) {
        line(t('classDebrief.fact', { title: tx(fact.title) }), { tint: color.blue, bold: true });
        // The fact in full under a pitfall: it is what the class discusses; a strength only names it.
        if (!good) line(tx(fact.text), { tint: color.inkSoft });
      }
      at += space.l;
    };
    if (stats.pitfalls.length === 0) {
      line(t('classDebrief.noPitfall'));
      at += space.l;
    }
    const bottom = col.y + col.h;
    for (const p of stats.pitfalls.slice(0, 2)) if (at < bottom - ITEM_ROOM) item(p.value, p.count, false);
    const strength = stats.strengths[0];
    if (strength && at < bottom - ITEM_ROOM + space.margin - space.s) {
      at = heading(at + space.s, 'classDebrief.strength');
      item(strength.value, strength.count, true);
    }
  }

  private questions(mission: Mission, stats: MissionStats, col: Rect): void {
    const layer = this.s.layer;
    const { x } = col;
    const head = label(this, x, col.y, t('classDebrief.questions'), { bold: true, layer, tag: 'h2' });
    let at = head.y + head.height + space.l + space.xs;
    const r = iconPx.text / 2;
    discussionPrompts(stats).forEach((p, i) => {
      this.add.circle(x + r, at + r, r, color.purple);
      label(this, x + r, at + r, String(i + 1), {
        size: 'small',
        bold: true,
        color: color.card,
        align: 'center',
      }).setOrigin(0.5);
      const q = label(this, x + INDENT, at, this.promptText(p, mission), {
        size: 'small',
        width: col.w - INDENT,
        layer,
      });
      at += q.height + space.pad;
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
