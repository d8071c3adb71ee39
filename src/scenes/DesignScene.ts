import type * as Phaser from 'phaser';
import type { Mission } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';
import { t, tx } from '../i18n/t.ts';
import { hoursLeft, spreadComplete } from '../sim/pedagogy.ts';
import { currentMission } from '../state/views.ts';
import { FORMAT_ICONS } from '../ui/formatIcons.ts';
import { icon } from '../ui/icons.ts';
import { below, columns, grid, type Rect } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, space } from '../ui/theme.ts';
import { adjust, move, moveTo, scrambled, startDraft } from './design/hoursDraft.ts';
import { GameScene } from './GameScene.ts';
import { ACTIVITY_NAMES } from './names.ts';

type Step = 'format' | 'hours' | 'storyboard';

/** A step's tab width, a format card's height, the pitch of the hours rows and their ± buttons' height. */
const TAB_W = 200;
const FORMAT_H = 140;
const HOURS_PITCH = 62;
const STEP_BTN_H = 52;

/** Design: the format, the spread of learners' hours, the order of the storyboard — one step at a time. */
export class DesignScene extends GameScene {
  private step: Step = 'format';
  private draft: number[] = [];

  init(data: { step?: Step; draft?: number[] }): void {
    const run = this.state.run;
    this.step = data.step ?? (!run?.format ? 'format' : !run.hours ? 'hours' : 'storyboard');
    this.draft = data.draft ?? startDraft(run?.hours ?? null);
  }

  create(): void {
    const mission = currentMission(this.state, this.s.catalogue);
    if (!mission) return;
    const names: Record<Step, string> = {
      format: t('design.stepFormat'),
      hours: t('design.stepHours'),
      storyboard: t('design.stepStoryboard'),
    };
    this.enter(`${t('phase.design')} — ${names[this.step]}`);
    this.phaseHeader(2, 'phase.design', tx(mission.title));
    const express = mission.express;
    const steps: Step[] = express ? ['format'] : ['format', 'hours', 'storyboard'];
    const body = this.frame('mission').body;
    const tabs = grid({ ...body, y: body.y - space.s, w: TAB_W * 3 }, 3, 3, space.s, 34);
    steps.forEach((s, i) => {
      const tab = tabs[i] as Rect;
      label(this, tab.x, tab.y, names[s], {
        width: tab.w,
        maxHeight: tab.h,
        bold: s === this.step,
        color: s === this.step ? color.blue : color.inkSoft,
      });
    });
    const area = below(body, body.y + space.margin - space.s);
    if (this.step === 'format') this.formats(mission, area);
    if (this.step === 'hours') this.hours(mission, area);
    if (this.step === 'storyboard') this.storyboard(mission, area);

    const last = this.step === steps.at(-1);
    this.nextAction({
      text: last ? t('design.next') : t('design.continue'),
      unavailable: !this.stepDone(),
      onPress: () => {
        if (!this.stepDone()) return this.s.audio.play('error');
        if (last) {
          if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
        } else this.go(steps[steps.indexOf(this.step) + 1] as Step);
      },
    });
    if (this.step !== 'format') {
      this.backAction({
        text: t('common.back'),
        onPress: () => this.go(steps[steps.indexOf(this.step) - 1] as Step),
      });
    }
    this.focusDefault();
  }

  private go(step: Step): void {
    this.scene.restart({ step, draft: this.draft });
  }

  private stepDone(): boolean {
    const run = this.state.run;
    if (this.step === 'format') return !!run?.format;
    if (this.step === 'hours') return !!run?.hours;
    return !!run?.order;
  }

  private formats(mission: Mission, area: Rect): void {
    const run = this.state.run;
    const cells = grid(area, mission.formats.length, 2, space.l, FORMAT_H);
    mission.formats.forEach((id, i) => {
      const format = this.s.catalogue.formats[id];
      const cell = cells[i];
      if (!format || !cell) return;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: FORMAT_ICONS[id] ?? 'package',
        text: tx(format.name),
        detail: `${tx(format.description)} ${t('design.effort', { n: format.effort })}`,
        pressed: run?.format === id,
        sound: 'select',
        onPress: () => {
          this.state.choose({ t: 'format', id });
          this.refresh({ step: 'format', draft: this.draft });
        },
      });
    });
  }

  private hours(mission: Mission, area: Rect): void {
    const layer = this.s.layer;
    label(this, area.x, area.y, t('design.hoursTitle', { total: mission.hours }), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    });
    const left = hoursLeft(this.draft, mission.hours);
    label(
      this,
      area.x,
      area.y + space.margin,
      left > 0 ? t('design.hoursLeft', { n: left }) : t('design.hoursDone'),
      {
        color: left > 0 ? color.inkSoft : color.green,
        bold: left === 0,
        layer,
      },
    );
    // Each activity: its name, − and + with the hours between them, then a gauge to the right edge.
    const [less, more, gauge] = [area.x + 252, area.x + 376, area.x + 456];
    ACTIVITIES.forEach((a, i) => {
      const y = area.y + 2 * space.margin + i * HOURS_PITCH;
      const name = t(ACTIVITY_NAMES[a]);
      const value = this.draft[i] ?? 0;
      label(this, area.x, y + space.m, name, { bold: true });
      this.btn({
        x: less,
        y,
        w: control.icon,
        h: STEP_BTN_H,
        text: '',
        icon: 'minus',
        key: `less-${a}`,
        ariaLabel: t('design.less', { name }),
        onPress: () => this.change(i, -1, mission),
      });
      label(this, (less + control.icon + more) / 2, y + space.m, `${value} h`, {
        bold: true,
        align: 'center',
        maxWidth: more - less - control.icon,
        layer,
      });
      this.btn({
        x: more,
        y,
        w: control.icon,
        h: STEP_BTN_H,
        text: '',
        icon: 'plus',
        key: `more-${a}`,
        ariaLabel: t('design.more', { name }),
        onPress: () => this.change(i, 1, mission),
      });
      meter(this, layer, gauge, y + 18, area.x + area.w - gauge, 16, name, 'progress').set(
        value,
        mission.hours,
        t('design.hoursValue', { name, n: value }),
      );
    });
  }

  private change(index: number, delta: number, mission: Mission): void {
    this.draft = adjust(this.draft, index, delta, mission.hours);
    if (spreadComplete(this.draft, mission.hours)) this.state.choose({ t: 'hours', hours: this.draft });
    this.refresh({ step: 'hours', draft: this.draft });
  }

  private storyboard(mission: Mission, area: Rect): void {
    const run = this.state.run;
    if (!run) return;
    const order =
      run.order ??
      scrambled(
        mission.sequences.map((s) => s.id),
        run.seed,
      );
    if (!run.order) this.state.choose({ t: 'order', ids: order });
    label(this, area.x, area.y, t('design.storyboardTitle'), {
      size: 'h2',
      bold: true,
      layer: this.s.layer,
      tag: 'h2',
    });
    const rowH = order.length > 5 ? 66 : 76;
    const reorder = (next: string[]) => {
      this.s.audio.play('drop');
      this.state.choose({ t: 'order', ids: next });
      this.refresh({ step: 'storyboard', draft: this.draft });
    };
    // The rows take the left part; their arrow buttons, then the hint, the right.
    const top = area.y + 52;
    const [rows, arrows, hint] = columns({ ...area, y: top }, [700, 128, 292], space.gap) as [
      Rect,
      Rect,
      Rect,
    ];
    const mid = (rowH - space.m) / 2;
    order.forEach((id, i) => {
      const seq = mission.sequences.find((s) => s.id === id);
      if (!seq) return;
      const y = top + i * rowH;
      const name = tx(seq.name);
      const row = this.add.container(0, y);
      row.add([
        panel(this, rows.x, 0, rows.w, rowH - space.m),
        icon(this, rows.x + 28, mid, 'grip-vertical', color.inkSoft, 24),
        this.add.circle(rows.x + 72, mid, 18, color.blue),
        label(this, rows.x + 72, mid - 14, String(i + 1), {
          bold: true,
          color: color.card,
          align: 'center',
        }),
        label(this, rows.x + 104, mid - 15, name, {
          bold: true,
          width: rows.w - 120,
          maxHeight: rowH - 20,
        }),
      ]);
      label(this, 0, 0, `${i + 1}. ${name}`, { layer: this.s.layer }).setVisible(false);
      this.draggable(row, rows, i, y, rowH, order.length, (to) => reorder(moveTo(order, i, to)));
      this.btn({
        x: arrows.x,
        y: y + (rowH - control.h) / 2,
        w: control.icon,
        h: STEP_BTN_H,
        text: '',
        icon: 'arrow-up',
        key: `up-${id}`,
        ariaLabel: t('design.up', { name }),
        onPress: () => reorder(move(order, i, -1)),
      });
      this.btn({
        x: arrows.x + arrows.w - control.icon,
        y: y + (rowH - control.h) / 2,
        w: control.icon,
        h: STEP_BTN_H,
        text: '',
        icon: 'arrow-down',
        key: `down-${id}`,
        ariaLabel: t('design.down', { name }),
        onPress: () => reorder(move(order, i, 1)),
      });
    });
    label(this, hint.x, top + space.s, t('design.dragHint'), {
      size: 'small',
      width: hint.w,
      color: color.inkSoft,
    });
  }

  /** Lets a storyboard row be dragged by mouse or finger; dropped elsewhere, it moves there. */
  private draggable(
    row: Phaser.GameObjects.Container,
    rows: Rect,
    index: number,
    y: number,
    rowH: number,
    count: number,
    onDrop: (to: number) => void,
  ): void {
    const zone = this.add.zone(rows.x, y, rows.w, rowH - space.m).setOrigin(0);
    zone.setInteractive({ draggable: true, cursor: 'grab' });
    const top = rows.y;
    zone.on('drag', (_p: Phaser.Input.Pointer, _x: number, dragY: number) => {
      row.setY(Math.max(top - rowH / 2, Math.min(top + (count - 0.5) * rowH, dragY)));
      row.setDepth(2);
    });
    zone.on('dragend', () => {
      const to = Math.max(0, Math.min(count - 1, Math.round((row.y - top) / rowH)));
      if (to !== index) onDrop(to);
      else row.setY(y);
      zone.setY(y);
    });
  }
}
