import { labelled, type StringKey, t } from '../../i18n/t.ts';
import type { Refusal } from '../../sim/classroom/pastedCodes.ts';
import { sessionMissions } from '../../sim/classroom/sessionPlan.ts';
import { icon } from '../../ui/icons.ts';
import { actionW, below, columns, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color, control, iconPx, space } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { ModeScene } from './ModeScene.ts';

const SHOWN_REFUSALS = 3;
/** The box for pasted result codes: about five codes in view. */
const CODES_H = 168;
/** The session's QR code, as large as the left panel lets it be up to this size. */
const QR_MAX = 240;

const CODE_PROBLEMS: Record<Refusal['problem']['kind'], StringKey> = {
  empty: 'code.empty',
  length: 'code.length',
  character: 'code.character',
  checksum: 'code.checksum',
  session: 'code.session',
  unknown: 'code.unknown',
  duplicate: 'code.duplicate',
};

/** Why a code was refused, in words, naming the code as typed. */
export function refusalText(r: Refusal): string {
  const p = r.problem;
  const why = t(CODE_PROBLEMS[p.kind], {
    expected: 'expected' in p ? p.expected : '',
    got: 'got' in p ? p.got : '',
    char: 'char' in p ? p.char : '',
  });
  return t('teacher.refused', { code: r.text, why });
}

/** A session under way: its code and QR code for the pupils, and the box where their result codes come back. */
export class TeacherSessionScene extends ModeScene {
  /** What is in the box: kept across redraws so a refused code stays there to be corrected. */
  private draft = '';

  create(): void {
    const mode = this.teacher();
    const teacher = mode.teacher;
    const s = teacher.getState();
    const code = s.sessionCode;
    if (!s.session || !code) return;
    const missions = sessionMissions(s.session, this.s.catalogue) ?? [];
    this.enter(t('teacher.sessionTitle', { code }));
    this.topBar(t('teacher.space'), t('teacher.sessionTitle', { code }));
    const layer = this.s.layer;

    // The session's code and how to join on the left; the pupils' result codes coming back on the right.
    const [joinBox, codesBox] = columns(this.frame('mission').body, [2, 3], space.pad) as [Rect, Rect];
    panel(this, joinBox.x, joinBox.y, joinBox.w, joinBox.h);
    const left = inset(joinBox, space.gap, space.pad);
    const caption = label(this, left.x, left.y, t('teacher.sessionCode'), {
      size: 'small',
      bold: true,
      color: color.inkSoft,
    });
    const shown = label(this, left.x, caption.y + caption.height, code, {
      size: 'display',
      bold: true,
      layer,
    });
    shown.setLetterSpacing(space.s);
    const twin = shown.getData('twin') as HTMLElement | undefined;
    if (twin) {
      twin.dataset.sessionCode = code;
      twin.textContent = labelled(t('teacher.sessionCode'), code);
    }
    const plan = t('teacher.plan', { playlist: t(PLAYLIST_NAMES[s.session.playlist]), n: missions.length });
    const planned = label(this, left.x, shown.y + shown.height + space.m, plan, {
      size: 'small',
      width: left.w,
      layer,
    });
    const url = mode.joinUrl(code);
    // How to join sits at the panel's foot; the QR code takes the room between.
    const join = label(this, left.x, 0, t('teacher.join'), {
      size: 'small',
      bold: true,
      width: left.w,
      layer,
    });
    // The address breaks before its query, where a reader copying it by hand expects a pause.
    const address = label(this, left.x, 0, url.replace('?', '\n?'), {
      size: 'small',
      width: left.w,
      color: color.inkSoft,
      layer,
    });
    address.setY(left.y + left.h - address.height);
    join.setY(address.y - join.height - space.xs);
    const room = below(left, planned.y + planned.height + space.l);
    const qrSide = Math.min(QR_MAX, room.w, join.y - space.l - room.y);
    qrCode(
      this,
      place(room, 'center', qrSide).x,
      room.y + (join.y - space.l - room.y - qrSide) / 2,
      qrSide,
      url,
    );

    panel(this, codesBox.x, codesBox.y, codesBox.w, codesBox.h);
    const right = inset(codesBox, space.gap);
    const box = textField(this, layer, {
      ...right,
      // The field's label is drawn above it, at the panel's top.
      y: right.y + space.gap + space.xs,
      h: CODES_H,
      label: t('teacher.codesLabel'),
      multiline: true,
      code: true,
      placeholder: 'ABCD-EFGH-JKMNP',
      value: this.draft,
      onInput: (v) => {
        this.draft = v;
      },
    });
    const add = place(
      { ...right, y: right.y + space.gap + space.xs + CODES_H + space.l },
      'start',
      actionW.other,
      control.h,
    );
    this.btn({
      ...add,
      text: t('teacher.add'),
      icon: 'check',
      variant: 'primary',
      onPress: () => {
        const intake = teacher.getState().addCodes(box.value);
        this.draft = intake ? intake.refused.map((r) => r.text).join('\n') : box.value;
        this.refresh();
      },
    });
    const addMid = add.y + add.h / 2;
    const countX = add.x + add.w + space.gap;
    icon(this, countX + iconPx.heading / 2, addMid, 'users', color.blue, iconPx.heading);
    const count = label(
      this,
      countX + iconPx.heading + space.m,
      addMid,
      t('teacher.count', { n: s.accepted.length }),
      {
        bold: true,
        layer,
      },
    ).setOrigin(0, 0.5);
    const countTwin = count.getData('twin') as HTMLElement | undefined;
    if (countTwin) countTwin.dataset.classCount = String(s.accepted.length);
    this.feedback(s.lastIntake, below(right, add.y + add.h + space.pad));

    this.nextAction({
      text: t('teacher.debrief'),
      icon: 'graduation-cap',
      onPress: () => teacher.getState().openDebrief(),
    });
    this.btn({
      ...place(this.frame().actions, 'start', actionW.other),
      text: t('teacher.newSession'),
      icon: 'rotate-ccw',
      onPress: () => teacher.getState().openSetup(),
    });
    this.focusDefault();
  }

  private feedback(intake: { accepted: number; refused: Refusal[] } | null, area: Rect): void {
    if (!intake) return;
    const layer = this.s.layer;
    const iconX = area.x + space.l;
    const textX = area.x + space.margin;
    const width = area.x + area.w - textX;
    let y = area.y;
    if (intake.accepted > 0 || intake.refused.length === 0) {
      icon(this, iconX, y + iconPx.text / 2, 'circle-check', color.green, iconPx.text);
      const added = label(this, textX, y, t('teacher.added', { n: intake.accepted }), { width, layer });
      y += added.height + space.s;
    }
    for (const r of intake.refused.slice(0, SHOWN_REFUSALS)) {
      icon(this, iconX, y + iconPx.text / 2, 'circle-x', color.vermilion, iconPx.text);
      const line = label(this, textX, y, refusalText(r), {
        size: 'small',
        width,
        color: color.vermilion,
        layer,
      });
      y += line.height + space.m;
    }
    const more = intake.refused.length - SHOWN_REFUSALS;
    if (more > 0)
      label(this, textX, y, t('teacher.moreRefused', { n: more }), { size: 'small', width, layer });
  }
}
