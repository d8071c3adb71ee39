import { type StringKey, t } from '../../i18n/t.ts';
import type { Refusal } from '../../sim/classroom/pastedCodes.ts';
import { sessionMissions } from '../../sim/classroom/sessionPlan.ts';
import { icon } from '../../ui/icons.ts';
import { actionSlot, actionW, below, columns, grid, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color, control, iconPx, sizeClass, space } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { classFilesButton, sessionFilesSlot } from './classFiles.ts';
import { joinPanel } from './joinPanel.ts';
import { ModeScene } from './ModeScene.ts';
import {
  afterScanProblem,
  codesLabel,
  followScanner,
  type ScanHost,
  scanButton,
  scanButtonW,
  scannerView,
} from './scannerPanel.ts';
import { scanner } from './scanSession.ts';

const SHOWN_REFUSALS = 3;
/** The box for pasted result codes: about five codes in view. */
const CODES_H = 168;
/** A body this high holds both panels one under the other (a tablet, a projector upright). */
const TALL_BODY = 800;
/** A panel this wide lays the session's code, its QR code and how to join side by side. */
const JOIN_ROW_W = 600;

/** How far above a field its label starts when it holds one line (src/ui/textField.ts). */
const LABEL_RISE = 36;

type Tab = 'join' | 'codes';

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
  /** On a phone, the panel shown. */
  private tab: Tab = 'join';

  create(): void {
    const mode = this.teacher();
    const teacher = mode.teacher;
    const s = teacher.getState();
    const code = s.sessionCode;
    if (!s.session || !code) return;
    const missions = sessionMissions(s.session, this.s.catalogue) ?? [];
    this.enter(t('teacher.sessionTitle', { code }));
    this.topBar(t('teacher.space'), t('teacher.sessionTitle', { code }));
    const plan =
      s.session.playlist === 'custom'
        ? t('custom.teacher.plan', { n: missions.length })
        : t('teacher.plan', { playlist: t(PLAYLIST_NAMES[s.session.playlist]), n: missions.length });
    const url = mode.joinUrl(code);

    const actions = this.frame().actions;
    const tall = this.frame('mission').body.h >= TALL_BODY;
    const files = sessionFilesSlot(this.frame('mission').body, actions, tall);
    const body = files.body;
    const roomy = actionSlot(actions, 'next').w === actionW.next;
    if (sizeClass() === 'wide') {
      // The session's code and how to join on the left; the pupils' result codes coming back on the right.
      const [joinBox, codesBox] = columns(body, [2, 3], space.pad) as [Rect, Rect];
      joinPanel(this, joinBox, code, plan, url, false);
      this.codesPanel(codesBox, false);
    } else if (tall) {
      // A tablet or a projector upright: how to join above, the codes coming back under it.
      const joinH = joinPanel(this, body, code, plan, url, false, true);
      this.codesPanel(below(body, body.y + joinH + space.gap), false);
    } else {
      // A phone: the two panels as two tabs, their names short; the count of results on the second.
      const tabs = grid({ ...body, h: control.touch }, 2, 2, space.l);
      // The scanner is in the codes tab: a screen turned while it is open keeps it in view.
      if (scanner.open) this.tab = 'codes';
      const tab = (i: number, which: Tab, text: string) =>
        this.btn({
          ...(tabs[i] as Rect),
          text,
          key: `tab-${which}`,
          compact: true,
          pressed: this.tab === which,
          onPress: () => {
            this.tab = which;
            if (which === 'join') scanner.close();
            this.refresh();
          },
        });
      tab(0, 'join', t('teacher.tabJoin'));
      tab(1, 'codes', t('teacher.tabCodes', { n: s.accepted.length }));
      const box = below(body, body.y + control.touch + space.l);
      if (this.tab === 'join') joinPanel(this, box, code, plan, url, box.w >= JOIN_ROW_W);
      else this.codesPanel(box, box.w >= JOIN_ROW_W);
    }

    // A portrait screen's row is shared in halves: a new session's name needs more than two fifths of it.
    this.wayOn(
      {
        text: t('teacher.debrief'),
        icon: 'graduation-cap',
        onPress: () => teacher.getState().openDebrief(),
      },
      true,
    );
    this.btn({
      ...(roomy
        ? place(actions, 'start', actionW.other)
        : (this.halves()?.[0] ?? actionSlot(actions, 'back'))),
      text: t('teacher.newSession'),
      icon: 'rotate-ccw',
      onPress: () => teacher.getState().openSetup(),
    });
    if (files.at) classFilesButton(this, files.at, () => this.refresh());
    this.focusDefault();
  }

  /** The box for the pupils' result codes, the button that adds them, how many came back, what was refused. */
  private codesPanel(box: Rect, beside: boolean): void {
    const layer = this.s.layer;
    const teacher = this.teacher().teacher;
    const s = teacher.getState();
    panel(this, box.x, box.y, box.w, box.h);
    const right = inset(box, space.gap);
    const scan: ScanHost = { scene: this, redraw: () => this.refresh(), refusal: refusalText };
    followScanner(scan);
    if (scanner.open) {
      scannerView(scan, right, beside);
      return;
    }
    // The field's label is drawn above it, at the panel's top (two lines when the field is narrow).
    const [fieldCol, after] = beside ? (columns(right, [3, 2], space.gap) as [Rect, Rect]) : [right, right];
    const fieldLabel = codesLabel() ?? t('teacher.codesLabel');
    const rise = this.fieldLabelRise(fieldCol.w, fieldLabel);
    const fieldY = right.y + rise;
    const fieldH = beside
      ? right.y + right.h - fieldY
      : Math.min(CODES_H, right.h - rise - control.h - space.l);
    const field = textField(this, layer, {
      ...fieldCol,
      y: fieldY,
      h: fieldH,
      label: fieldLabel,
      multiline: true,
      code: true,
      placeholder: 'ABCD-EFGH-JKMNP',
      value: this.draft,
      onInput: (v) => {
        this.draft = v;
      },
    });
    const scanW = scanButtonW(after.w);
    const add = place(
      { ...after, y: beside ? fieldY : fieldY + fieldH + space.l },
      'start',
      Math.min(actionW.other, after.w - scanW - space.gap),
      control.h,
    );
    this.btn({
      ...add,
      text: t('teacher.add'),
      icon: 'check',
      variant: 'primary',
      onPress: () => {
        const intake = teacher.getState().addCodes(field.value);
        this.draft = intake ? intake.refused.map((r) => r.text).join('\n') : field.value;
        this.refresh();
      },
    });
    scanButton(scan, { ...add, x: add.x + add.w + space.gap, w: scanW });
    const row = { ...add, w: add.w + space.gap + scanW };
    // The count beside the buttons where it fits, else under them.
    const countText = t('teacher.count', { n: s.accepted.length });
    const count = label(this, 0, 0, countText, { bold: true, layer }).setOrigin(0, 0.5);
    const besideAdd = row.x + row.w + space.gap + iconPx.heading + space.m + count.width <= after.x + after.w;
    const countX = besideAdd ? row.x + row.w + space.gap : after.x;
    const countMid = besideAdd ? row.y + row.h / 2 : row.y + row.h + space.m + iconPx.heading / 2;
    icon(this, countX + iconPx.heading / 2, countMid, 'users', color.blue, iconPx.heading);
    count.setPosition(countX + iconPx.heading + space.m, countMid);
    const countTwin = count.getData('twin') as HTMLElement | undefined;
    if (countTwin) countTwin.dataset.classCount = String(s.accepted.length);
    const feedbackTop = besideAdd ? row.y + row.h + space.pad : countMid + iconPx.heading / 2 + space.l;
    this.feedback(s.lastIntake, below(after, feedbackTop));
    afterScanProblem(scan, field);
  }

  /** How far above a field its label starts, at this width (src/ui/textField.ts puts it there). */
  private fieldLabelRise(w: number, text: string): number {
    const probe = label(this, 0, 0, text, { size: 'small', bold: true, width: w });
    const rise = Math.max(LABEL_RISE, probe.height + space.s);
    probe.destroy();
    return rise;
  }

  /** What the last codes added gave: how many were taken, and the refusals that fit in `area` (then how many more). */
  private feedback(intake: { accepted: number; refused: Refusal[] } | null, area: Rect): void {
    if (!intake) return;
    const layer = this.s.layer;
    const iconX = area.x + Math.max(space.l, iconPx.text / 2);
    const textX = area.x + Math.max(space.margin, iconPx.text + space.m);
    const width = area.x + area.w - textX;
    const bottom = area.y + area.h;
    let y = area.y;
    if (intake.accepted > 0 || intake.refused.length === 0) {
      icon(this, iconX, y + iconPx.text / 2, 'circle-check', color.green, iconPx.text);
      const added = label(this, textX, y, t('teacher.added', { n: intake.accepted }), { width, layer });
      y += added.height + space.s;
    }
    const probe = label(this, 0, 0, t('teacher.moreRefused', { n: intake.refused.length }), {
      size: 'small',
      width,
    });
    const moreH = probe.height + space.m;
    probe.destroy();
    let shown = 0;
    for (const r of intake.refused.slice(0, SHOWN_REFUSALS)) {
      const line = label(this, textX, y, refusalText(r), {
        size: 'small',
        width,
        color: color.vermilion,
        layer,
      });
      // The last line that fits leaves room for the count of the others.
      const rest = intake.refused.length - shown - 1;
      const reserve = rest > 0 ? moreH : 0;
      if (line.y + line.height + reserve > bottom) {
        (line.getData('twin') as HTMLElement | undefined)?.remove();
        line.destroy();
        break;
      }
      icon(this, iconX, y + iconPx.text / 2, 'circle-x', color.vermilion, iconPx.text);
      y += line.height + space.m;
      shown += 1;
    }
    const more = intake.refused.length - shown;
    if (more > 0)
      label(this, textX, y, t('teacher.moreRefused', { n: more }), { size: 'small', width, layer });
  }
}
