import { t, tx } from '../../i18n/t.ts';
import { PSEUDONYM_MAX } from '../../state/pupilStore.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, inset, place, type Rect, sideBySide } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color, control, iconPx, sizeClass, space } from '../../ui/theme.ts';
import type { ClassroomServices } from '../modeServices.ts';
import { ModeScene } from './ModeScene.ts';

/** The card that asks for a session code. */
const CARD_W = 800;
/** Below twice this, the code's field and the way in stack. */
const MIN_JOIN_W = 240;
/** Below this width a column of the welcome would be too thin to read: the two stack. */
const MIN_COLUMN_W = 340;
/** The button that opens the file of a session's missions. */
const CUSTOM_FILE_W = 420;
/** Room the field's label takes above it (src/ui/textField.ts draws it 36 px up, two lines on a phone). */
const FIELD_LABEL_H = 44;

/**
 * A pupil's way into a session: what the session is, an optional pseudonym, then start, resume or go on
 * to the next mission. With no valid session code, it asks for one.
 */
export class ClassroomWelcomeScene extends ModeScene {
  create(): void {
    const c = this.classroom();
    this.enter(t('class.title'));
    this.topBar(t('class.title'), c.sessionCode ?? '');
    if (!c.session || !c.missions || !c.sessionCode) this.askForSession(c);
    else this.welcome(c, c.sessionCode);
    this.languageButton('start');
    this.s.layer.focusFirst();
  }

  /** What a session is; in a course, where the pupil's progress goes instead of the code for the teacher. */
  private introText(c: ClassroomServices): string {
    const where = c.platform?.status();
    if (where === 'lms') return t('course.intro.lms');
    if (where === 'browser') return t('course.intro.browser');
    if (where === 'fallback') return t('course.intro.fallback');
    return t('class.intro');
  }

  private welcome(c: ClassroomServices, code: string): void {
    const layer = this.s.layer;
    const missions = c.missions ?? [];
    const career = this.state.career;
    const played = career?.history.length ?? 0;

    // Side by side on a wide screen; on a phone held upright, the session and the nickname above the list.
    const body = this.frame('mission').body;
    const { parts, stacked } = sideBySide(body, [5, 4], MIN_COLUMN_W);
    let [about, list] = parts as [Rect, Rect];
    let inner = inset(about, space.gap, space.pad);
    const heading = label(this, inner.x, inner.y, t('class.session', { code, n: missions.length }), {
      size: 'h2',
      bold: true,
      width: inner.w,
      layer,
      tag: 'h2',
    });
    const intro = label(this, inner.x, heading.y + heading.height + space.l, this.introText(c), {
      width: inner.w,
      layer,
    });
    const asks = !career && !!c.pupil;
    // A phone sideways has no height for the nickname under the text: it goes above the missions.
    const fieldAside = asks && !stacked && sizeClass() === 'short';
    const fieldRoom = asks ? FIELD_LABEL_H + control.h + space.l : 0;
    if (stacked) {
      // The panel as tall as what it holds; the list takes the rest.
      const bottom = intro.y + intro.height + fieldRoom + space.pad;
      about = { ...about, h: bottom - about.y };
      list = below(body, bottom + space.gap);
      inner = inset(about, space.gap, space.pad);
    }
    panel(this, about.x, about.y, about.w, about.h).setDepth(-1);
    if (fieldAside) list = below(list, list.y + fieldRoom + space.s);
    if (asks && c.pupil) {
      const pupil = c.pupil;
      const at = fieldAside
        ? { ...list, y: list.y - space.l - control.h }
        : { ...inner, y: inner.y + inner.h - control.h - (stacked ? 0 : space.margin) };
      textField(this, layer, {
        ...at,
        h: control.h,
        label: t('class.pseudonym'),
        maxLength: PSEUDONYM_MAX,
        value: pupil.getState().pseudonym,
        onInput: (v) => pupil.getState().setPseudonym(v),
        onEnter: () => c.start(),
      });
    }

    // The session's missions, one under the other: done ones ticked; each line's client under its name
    // where the list has room for it. A list too low for two lines a mission shows the next one only.
    panel(this, list.x, list.y, list.w, list.h);
    const rows = inset(list, space.pad, stacked || fieldAside ? space.m : space.gap);
    const textX = rows.x + iconPx.heading + space.l;
    const textW = rows.x + rows.w - textX;
    const probe = label(this, 0, 0, 'Mg\nMg', { bold: true });
    const twoLines = probe.height;
    probe.destroy();
    const all = missions.map((m, i) => ({ m, i }));
    const everyRowH = (rows.h + space.gap) / Math.max(1, missions.length) - space.gap;
    const next = Math.min(played, missions.length - 1);
    const listed = everyRowH >= twoLines ? all : all.slice(next, next + 1);
    const rowH = (rows.h + space.gap) / Math.max(1, listed.length) - space.gap;
    let at = rows.y;
    listed.forEach(({ m, i }) => {
      const done = i < played;
      const ico = done ? 'circle-check' : 'briefcase';
      icon(
        this,
        rows.x + iconPx.heading / 2,
        at + iconPx.heading / 2,
        ico,
        done ? color.green : color.blue,
        iconPx.heading,
      );
      const line = t('class.next', { n: i + 1, total: missions.length, title: tx(m.title) });
      const name = label(this, textX, at, line, { bold: true, width: textW, layer, maxHeight: rowH });
      const clientTop = name.y + name.height + space.xs;
      const client = label(this, textX, clientTop, tx(m.client), {
        size: 'small',
        width: textW,
        color: color.inkSoft,
      });
      const fits = clientTop + client.height <= at + rowH;
      if (!fits) client.destroy();
      at = (fits ? client.y + client.height : name.y + name.height) + space.gap;
    });
    // The missions left out on a phone are still read out.
    for (const { m, i } of all)
      if (!listed.some((l) => l.i === i))
        label(this, 0, 0, t('class.next', { n: i + 1, total: missions.length, title: tx(m.title) }), {
          layer,
        }).setVisible(false);

    const resume = !!this.state.run;
    this.wayOn({
      text: t(resume ? 'class.resume' : career ? 'class.continue' : 'class.start'),
      icon: 'play',
      onPress: () => c.start(),
    });
  }

  private askForSession(c: ClassroomServices): void {
    const layer = this.s.layer;
    // One card in the middle of the body, as tall as what it says: what is wrong, then the way on.
    const body = this.frame('mission').body;
    const card = { ...place(body, 'center', Math.min(CARD_W, body.w)), y: body.y + space.margin - space.s };
    const pad = Math.min(space.margin - space.s, space.pad);
    const inner = inset({ ...card, h: body.y + body.h - card.y }, pad, space.margin - space.xs);
    const iconR = iconPx.heading / 2 + space.xs;
    icon(this, inner.x + iconR, inner.y + iconR, 'triangle-alert', color.orange, 2 * iconR);
    const text = c.customProblem ? 'custom.pupil.heading' : c.session ? 'class.outdated' : 'class.badSession';
    const headX = inner.x + 2 * iconR + space.l + space.xs;
    const heading = label(this, headX, inner.y, t(text), {
      size: 'h2',
      bold: true,
      width: inner.x + inner.w - headX,
      layer,
      tag: 'h2',
    });
    const top = heading.y + heading.height;
    const bottom = c.customProblem
      ? this.missionsMissing(c, c.customProblem(), { ...inner, y: top + space.l })
      : c.session
        ? top
        : this.codeField(c, { ...inner, y: top + space.margin });
    panel(this, card.x, card.y, card.w, bottom + space.margin - space.xs - card.y).setDepth(-1);
  }

  /** What to do with no valid code, the field for one and the way in; returns where they end. */
  private codeField(c: ClassroomServices, r: Rect): number {
    const layer = this.s.layer;
    const help = label(this, r.x, r.y, t('class.badSessionHelp'), { width: r.w, layer });
    let typed = '';
    // The field's label is drawn above it (src/ui/textField.ts).
    const y = help.y + help.height + space.l + FIELD_LABEL_H;
    // Side by side where both keep a readable width, else the way in under the field.
    const row = r.w >= 2 * MIN_JOIN_W;
    const [field, join] = row
      ? (columns({ ...r, y, h: control.h + space.s }, [15, 14], space.pad) as [Rect, Rect])
      : [
          { ...r, y, h: control.h + space.s },
          { ...r, y: y + control.h + space.s + space.l, h: control.h + space.s },
        ];
    textField(this, layer, {
      ...field,
      label: t('class.sessionCode'),
      code: true,
      maxLength: 12,
      placeholder: 'ABC-DEF',
      onInput: (v) => {
        typed = v;
      },
      onEnter: () => c.join(typed),
    });
    this.btn({
      ...join,
      text: t('class.join'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => c.join(typed),
    });
    return join.y + join.h;
  }

  /**
   * A session of the workshop's missions without them: why, then the way on (the missions' file for a
   * pupil, back to the workshop for a preview). A refused file says why in place of the first reason.
   */
  private missionsMissing(c: ClassroomServices, reason: string, r: Rect): number {
    const layer = this.s.layer;
    const why = label(this, r.x, r.y, reason, { width: r.w, layer });
    const at = {
      ...place(r, 'start', Math.min(r.w, CUSTOM_FILE_W), control.h),
      y: why.y + why.height + space.l,
    };
    if (c.backToWorkshop) {
      const back = c.backToWorkshop;
      this.btn({
        ...at,
        text: t('preview.backToWorkshop'),
        icon: 'arrow-left',
        variant: 'primary',
        onPress: back,
      });
      return at.y + at.h;
    }
    const open = c.openMissionFiles;
    if (!open) return why.y + why.height;
    this.btn({
      ...at,
      text: t('custom.pupil.openFile'),
      icon: 'inbox',
      variant: 'primary',
      onPress: () =>
        void open().then((refusal) => {
          if (!refusal || !this.sys.isActive()) return;
          c.customProblem = refusal;
          this.s.layer.announce(refusal());
          this.refresh();
        }),
    });
    return at.y + at.h;
  }
}
