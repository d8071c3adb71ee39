import type { Mission } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';
import { t, tx } from '../i18n/t.ts';
import { hoursLeft, spreadComplete } from '../sim/pedagogy.ts';
import { currentMission } from '../state/views.ts';
import { textPx } from '../ui/appearance.ts';
import { FORMAT_ICONS } from '../ui/formatIcons.ts';
import { below, columns, columnsThatFit, grid, type Rect } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { label } from '../ui/text.ts';
import { color, control, LINE, size, sizeClass, space } from '../ui/theme.ts';
import { adjust, scrambled, startDraft } from './design/hoursDraft.ts';
import { storyboard } from './design/storyboard.ts';
import { GameScene } from './GameScene.ts';
import { ACTIVITY_NAMES } from './names.ts';

type Step = 'format' | 'hours' | 'storyboard';

/** A step's tab width, a format card's height, the pitch of the hours rows and their ± buttons' height. */
const TAB_W = 200;
const FORMAT_H = 140;
const HOURS_PITCH = 62;
const STEP_BTN_H = 52;
/** A format card at least this wide (else one column); an hours row's name, its hours, and the least gauge beside. */
const FORMAT_MIN_W = 440;
const FORMAT_MIN_W_SHORT = 340;
const NAME_W = 252;
const NAME_MIN_W = 120;
const VALUE_W = 68;
const GAUGE_MIN_W = 160;

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
    if (this.step === 'hours') this.hours(mission, area);
    if (this.step === 'storyboard') this.storyboard(mission, area);

    const last = this.step === steps.at(-1);
    // The first step has no way back: the way on has the row to itself.
    const share = this.step === 'format' ? 'alone' : 'shared';
    this.nextAction(
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
      const format = this.s.catalogue.formats[id];
      const cell = cells[i];
      if (!format || !cell) return;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: FORMAT_ICONS[id] ?? 'package',
        text: tx(format.name),
        detail: effortFirst
          ? `${t('design.effort', { n: format.effort })} · ${tx(format.description)}`
          : `${tx(format.description)} ${t('design.effort', { n: format.effort })}`,
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
    const title = label(this, area.x, area.y, t('design.hoursTitle', { total: mission.hours }), {
      size: 'h2',
      bold: true,
      width: area.w,
      // One line where the six rows need the height (a phone in the largest text).
      maxHeight: sizeClass() === 'wide' ? undefined : Math.ceil(textPx('h2') * LINE),
      layer,
      tag: 'h2',
    });
    const left = hoursLeft(this.draft, mission.hours);
    const leftText = label(
      this,
      area.x,
      Math.max(area.y + space.margin, title.y + title.height),
      left > 0 ? t('design.hoursLeft', { n: left }) : t('design.hoursDone'),
      {
        width: area.w,
        color: left > 0 ? color.inkSoft : color.green,
        bold: left === 0,
        layer,
      },
    );
    // Each activity: its name, − and + with the hours between them, then a gauge to the right edge (or under
    // the name when the row is narrow). Rows that would not fit one under the other go in two columns.
    const top = Math.max(area.y + 2 * space.margin, leftText.y + leftText.height + space.s);
    // The last row needs no gap under it.
    const room = area.y + area.h - top + space.s;
    // Two columns only where each still holds a row's name and its buttons (not on a phone held upright).
    const halfW = (area.w - space.gap) / 2;
    const twoFit = halfW >= NAME_MIN_W + 2 * control.icon + VALUE_W + space.m;
    const perColumn =
      ACTIVITIES.length * HOURS_PITCH <= room || !twoFit
        ? ACTIVITIES.length
        : Math.ceil(ACTIVITIES.length / 2);
    const pitch = Math.max(control.touch + space.xs, Math.min(HOURS_PITCH, room / perColumn));
    const btnH = Math.min(STEP_BTN_H, control.compact, pitch - space.xs);
    // Down the first column, then down the second.
    const cols = columns(
      { ...area, y: top, h: room },
      perColumn === ACTIVITIES.length ? [1] : [1, 1],
      space.gap,
    );
    ACTIVITIES.forEach((a, i) => {
      const col = cols[Math.floor(i / perColumn)] as Rect;
      const cell = { ...col, y: top + (i % perColumn) * pitch, h: pitch };
      const y = cell.y;
      const controlsW = 2 * control.icon + VALUE_W;
      const gaugeBeside = cell.w >= NAME_W + controlsW + space.pad + GAUGE_MIN_W;
      const nameW = gaugeBeside ? NAME_W : cell.w - controlsW - space.m;
      const less = cell.x + nameW;
      const more = less + control.icon + VALUE_W;
      const name = t(ACTIVITY_NAMES[a]);
      const value = this.draft[i] ?? 0;
      label(this, cell.x, y + (gaugeBeside ? space.m : 0), name, { bold: true, maxWidth: nameW - space.s });
      this.btn({
        x: less,
        y,
        w: control.icon,
        h: btnH,
        text: '',
        icon: 'minus',
        key: `less-${a}`,
        ariaLabel: t('design.less', { name }),
        onPress: () => this.change(i, -1, mission),
      });
      const hoursText = label(this, less + control.icon + VALUE_W / 2, y, `${value} h`, {
        bold: true,
        align: 'center',
        maxWidth: VALUE_W,
        layer,
      });
      // Level with the middle of the − and + buttons.
      hoursText.setY(y + (btnH - hoursText.height) / 2);
      this.btn({
        x: more,
        y,
        w: control.icon,
        h: btnH,
        text: '',
        icon: 'plus',
        key: `more-${a}`,
        ariaLabel: t('design.more', { name }),
        onPress: () => this.change(i, 1, mission),
      });
      const gauge = gaugeBeside
        ? {
            x: more + control.icon + space.pad,
            y: y + 18,
            w: cell.x + cell.w - (more + control.icon + space.pad),
            h: 16,
          }
        : { x: cell.x, y: y + btnH - space.m, w: nameW - space.m, h: space.s };
      meter(this, layer, gauge.x, gauge.y, gauge.w, gauge.h, name, 'progress').set(
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
    storyboard(this, area, mission, order, (next) => {
      this.s.audio.play('drop');
      this.state.choose({ t: 'order', ids: next });
      this.refresh({ step: 'storyboard', draft: this.draft });
    });
  }
}
