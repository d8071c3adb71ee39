import type * as Phaser from 'phaser';
import { t, tx } from '../i18n/t.ts';
import { ACTIVITIES, type Mission } from '../sim/types.ts';
import { currentMission } from '../state/views.ts';
import { FORMAT_ICONS } from '../ui/formatIcons.ts';
import { icon } from '../ui/icons.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { adjust, move, moveTo, scrambled, startDraft } from './design/hoursDraft.ts';
import { GameScene } from './GameScene.ts';
import { ACTIVITY_NAMES } from './names.ts';

type Step = 'format' | 'hours' | 'storyboard';

/** Design: the format, the spread of learners' hours, the order of the storyboard — one step at a time. */
export class DesignScene extends GameScene {
  private step: Step = 'format';
  private draft: number[] = [];

  constructor() {
    super('design');
  }

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
    this.enter('design', `${t('phase.design')} — ${names[this.step]}`);
    this.phaseHeader(2, 'phase.design', tx(mission.title));
    const express = mission.express;
    const steps: Step[] = express ? ['format'] : ['format', 'hours', 'storyboard'];
    steps.forEach((s, i) => {
      label(this, 48 + i * 200, 88, names[s], {
        width: 190,
        maxHeight: 34,
        bold: s === this.step,
        color: s === this.step ? color.blue : color.inkSoft,
      });
    });
    if (this.step === 'format') this.formats(mission);
    if (this.step === 'hours') this.hours(mission);
    if (this.step === 'storyboard') this.storyboard(mission);

    const last = this.step === steps.at(-1);
    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: last ? t('design.next') : t('design.continue'),
      icon: 'arrow-right',
      variant: 'primary',
      unavailable: !this.stepDone(),
      onPress: () => {
        if (!this.stepDone()) return this.s.audio.play('error');
        if (last) {
          if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
        } else this.go(steps[steps.indexOf(this.step) + 1] as Step);
      },
    });
    if (this.step !== 'format') {
      this.btn({
        x: 48,
        y: 624,
        w: 240,
        h: 64,
        text: t('common.back'),
        icon: 'arrow-left',
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

  private formats(mission: Mission): void {
    const run = this.state.run;
    mission.formats.forEach((id, i) => {
      const format = this.s.catalogue.formats[id];
      if (!format) return;
      this.btn({
        x: 48 + (i % 2) * 600,
        y: 136 + Math.floor(i / 2) * 156,
        w: 576,
        h: 140,
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

  private hours(mission: Mission): void {
    const layer = this.s.layer;
    const used = this.draft.reduce((a, b) => a + b, 0);
    label(this, 48, 136, t('design.hoursTitle', { total: mission.hours }), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    });
    const left = mission.hours - used;
    label(this, 48, 184, left > 0 ? t('design.hoursLeft', { n: left }) : t('design.hoursDone'), {
      color: left > 0 ? color.inkSoft : color.green,
      bold: left === 0,
      layer,
    });
    ACTIVITIES.forEach((a, i) => {
      const y = 232 + i * 62;
      const name = t(ACTIVITY_NAMES[a]);
      const value = this.draft[i] ?? 0;
      label(this, 48, y + 12, name, { bold: true });
      this.btn({
        x: 300,
        y,
        w: 56,
        h: 52,
        text: '',
        icon: 'minus',
        key: `less-${a}`,
        ariaLabel: t('design.less', { name }),
        onPress: () => this.change(i, -1, mission),
      });
      label(this, 390, y + 12, `${value} h`, { bold: true, align: 'center', maxWidth: 60, layer });
      this.btn({
        x: 424,
        y,
        w: 56,
        h: 52,
        text: '',
        icon: 'plus',
        key: `more-${a}`,
        ariaLabel: t('design.more', { name }),
        onPress: () => this.change(i, 1, mission),
      });
      meter(this, layer, 504, y + 18, 680, 16, name, 'progress').set(
        value,
        mission.hours,
        t('design.hoursValue', { name, n: value }),
      );
    });
  }

  private change(index: number, delta: number, mission: Mission): void {
    this.draft = adjust(this.draft, index, delta, mission.hours);
    if (this.draft.reduce((a, b) => a + b, 0) === mission.hours)
      this.state.choose({ t: 'hours', hours: this.draft });
    this.refresh({ step: 'hours', draft: this.draft });
  }

  private storyboard(mission: Mission): void {
    const run = this.state.run;
    if (!run) return;
    const order =
      run.order ??
      scrambled(
        mission.sequences.map((s) => s.id),
        run.seed,
      );
    if (!run.order) this.state.choose({ t: 'order', ids: order });
    label(this, 48, 136, t('design.storyboardTitle'), {
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
    order.forEach((id, i) => {
      const seq = mission.sequences.find((s) => s.id === id);
      if (!seq) return;
      const y = 188 + i * rowH;
      const name = tx(seq.name);
      const row = this.add.container(0, y);
      row.add([
        panel(this, 48, 0, 700, rowH - 12),
        icon(this, 76, (rowH - 12) / 2, 'grip-vertical', color.inkSoft, 24),
        this.add.circle(120, (rowH - 12) / 2, 18, color.blue),
        label(this, 120, (rowH - 12) / 2 - 14, String(i + 1), {
          bold: true,
          color: color.card,
          align: 'center',
        }),
        label(this, 152, (rowH - 12) / 2 - 15, name, { bold: true, width: 580, maxHeight: rowH - 20 }),
      ]);
      label(this, 0, 0, `${i + 1}. ${name}`, { layer: this.s.layer }).setVisible(false);
      this.draggable(row, i, y, rowH, order.length, (to) => reorder(moveTo(order, i, to)));
      this.btn({
        x: 780,
        y: y + (rowH - 64) / 2,
        w: 56,
        h: 52,
        text: '',
        icon: 'arrow-up',
        key: `up-${id}`,
        ariaLabel: t('design.up', { name }),
        onPress: () => reorder(move(order, i, -1)),
      });
      this.btn({
        x: 852,
        y: y + (rowH - 64) / 2,
        w: 56,
        h: 52,
        text: '',
        icon: 'arrow-down',
        key: `down-${id}`,
        ariaLabel: t('design.down', { name }),
        onPress: () => reorder(move(order, i, 1)),
      });
    });
    label(this, 940, 196, t('design.dragHint'), { size: 'small', width: 292, color: color.inkSoft });
  }

  /** Lets a storyboard row be dragged by mouse or finger; dropped elsewhere, it moves there. */
  private draggable(
    row: Phaser.GameObjects.Container,
    index: number,
    y: number,
    rowH: number,
    count: number,
    onDrop: (to: number) => void,
  ): void {
    const zone = this.add.zone(48, y, 700, rowH - 12).setOrigin(0);
    zone.setInteractive({ draggable: true, cursor: 'grab' });
    zone.on('drag', (_p: Phaser.Input.Pointer, _x: number, dragY: number) => {
      const top = 188;
      row.setY(Math.max(top - rowH / 2, Math.min(top + (count - 0.5) * rowH, dragY)));
      row.setDepth(2);
    });
    zone.on('dragend', () => {
      const to = Math.max(0, Math.min(count - 1, Math.round((row.y - 188) / rowH)));
      if (to !== index) onDrop(to);
      else row.setY(y);
      zone.setY(y);
    });
  }
}
