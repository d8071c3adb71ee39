import { labelled, type StringKey, t } from '../../i18n/t.ts';
import type { Refusal } from '../../modes/classroom/pastedCodes.ts';
import { sessionMissions } from '../../modes/classroom/sessionPlan.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { ModeScene } from './ModeScene.ts';

const SHOWN_REFUSALS = 3;

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

  constructor() {
    super('teacher-session');
  }

  create(): void {
    const mode = this.teacher();
    const teacher = mode.teacher;
    const s = teacher.getState();
    const code = s.sessionCode;
    if (!s.session || !code) return;
    const missions = sessionMissions(s.session, this.s.catalogue) ?? [];
    this.enter('teacher-session', t('teacher.sessionTitle', { code }));
    this.topBar(t('teacher.space'), t('teacher.sessionTitle', { code }));
    const layer = this.s.layer;

    panel(this, 40, 96, 480, 600);
    label(this, 72, 116, t('teacher.sessionCode'), { size: 'small', bold: true, color: color.inkSoft });
    const shown = label(this, 72, 140, code, { size: 'display', bold: true, layer }).setLetterSpacing(6);
    const twin = shown.getData('twin') as HTMLElement | undefined;
    if (twin) {
      twin.dataset.sessionCode = code;
      twin.textContent = labelled(t('teacher.sessionCode'), code);
    }
    const plan = t('teacher.plan', { playlist: t(PLAYLIST_NAMES[s.session.playlist]), n: missions.length });
    label(this, 72, 216, plan, { size: 'small', width: 416, layer });
    const url = mode.joinUrl(code);
    qrCode(this, 150, 258, 240, url);
    label(this, 72, 514, t('teacher.join'), { size: 'small', bold: true, width: 416, layer });
    // The address breaks before its query, where a reader copying it by hand expects a pause.
    label(this, 72, 542, url.replace('?', '\n?'), { size: 'small', width: 416, color: color.inkSoft, layer });

    panel(this, 544, 96, 696, 600);
    const box = textField(this, layer, {
      x: 576,
      y: 164,
      w: 632,
      h: 168,
      label: t('teacher.codesLabel'),
      multiline: true,
      code: true,
      placeholder: 'ABCD-EFGH-JKMNP',
      value: this.draft,
      onInput: (v) => {
        this.draft = v;
      },
    });
    this.btn({
      x: 576,
      y: 348,
      w: 300,
      h: 64,
      text: t('teacher.add'),
      icon: 'check',
      variant: 'primary',
      onPress: () => {
        const intake = teacher.getState().addCodes(box.value);
        this.draft = intake ? intake.refused.map((r) => r.text).join('\n') : box.value;
        this.refresh();
      },
    });
    icon(this, 916, 380, 'users', color.blue, 32);
    const count = label(this, 944, 366, t('teacher.count', { n: s.accepted.length }), { bold: true, layer });
    const countTwin = count.getData('twin') as HTMLElement | undefined;
    if (countTwin) countTwin.dataset.classCount = String(s.accepted.length);
    this.feedback(s.lastIntake);

    this.btn({
      x: 576,
      y: 616,
      w: 320,
      h: 64,
      text: t('teacher.debrief'),
      icon: 'graduation-cap',
      variant: 'primary',
      onPress: () => teacher.getState().openDebrief(),
    });
    this.btn({
      x: 912,
      y: 616,
      w: 296,
      h: 64,
      text: t('teacher.newSession'),
      icon: 'rotate-ccw',
      onPress: () => teacher.getState().openSetup(),
    });
    this.focusDefault();
  }

  private feedback(intake: { accepted: number; refused: Refusal[] } | null): void {
    if (!intake) return;
    const layer = this.s.layer;
    let y = 432;
    if (intake.accepted > 0 || intake.refused.length === 0) {
      icon(this, 592, y + 14, 'circle-check', color.green, 28);
      label(this, 616, y, t('teacher.added', { n: intake.accepted }), { width: 592, layer });
      y += 40;
    }
    for (const r of intake.refused.slice(0, SHOWN_REFUSALS)) {
      icon(this, 592, y + 14, 'circle-x', color.vermilion, 28);
      const line = label(this, 616, y, refusalText(r), {
        size: 'small',
        width: 592,
        color: color.vermilion,
        layer,
      });
      y += line.height + 10;
    }
    const more = intake.refused.length - SHOWN_REFUSALS;
    if (more > 0)
      label(this, 616, y, t('teacher.moreRefused', { n: more }), { size: 'small', width: 592, layer });
  }
}
