import { t, tx } from '../../i18n/t.ts';
import { PSEUDONYM_MAX } from '../../state/pupilStore.ts';
import { icon } from '../../ui/icons.ts';
import { columns, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color, control, iconPx, space } from '../../ui/theme.ts';
import type { ClassroomServices } from '../modeServices.ts';
import { ModeScene } from './ModeScene.ts';

/** The card that asks for a session code. */
const CARD_W = 800;
const CARD_H = 340;

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

  private welcome(c: ClassroomServices, code: string): void {
    const layer = this.s.layer;
    const missions = c.missions ?? [];
    const career = this.state.career;
    const played = career?.history.length ?? 0;

    const [about, list] = columns(this.frame('mission').body, [5, 4], space.gap) as [Rect, Rect];
    panel(this, about.x, about.y, about.w, about.h);
    const inner = inset(about, space.gap, space.pad);
    const heading = label(this, inner.x, inner.y, t('class.session', { code, n: missions.length }), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    });
    label(this, inner.x, heading.y + heading.height + space.l, t('class.intro'), { width: inner.w, layer });
    if (!career && c.pupil) {
      const pupil = c.pupil;
      textField(this, layer, {
        ...inner,
        y: inner.y + inner.h - control.h - space.margin,
        h: control.h,
        label: t('class.pseudonym'),
        maxLength: PSEUDONYM_MAX,
        value: pupil.getState().pseudonym,
        onInput: (v) => pupil.getState().setPseudonym(v),
        onEnter: () => c.start(),
      });
    }

    // The session's missions, one under the other: done ones ticked.
    panel(this, list.x, list.y, list.w, list.h);
    const rows = inset(list, space.pad, space.gap);
    const textX = rows.x + iconPx.heading + space.l;
    const textW = rows.x + rows.w - textX;
    let at = rows.y;
    missions.forEach((m, i) => {
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
      const name = label(this, textX, at, line, { bold: true, width: textW, layer });
      const client = label(this, textX, name.y + name.height + space.xs, tx(m.client), {
        size: 'small',
        width: textW,
        color: color.inkSoft,
      });
      at = client.y + client.height + space.gap;
    });

    const resume = !!this.state.run;
    this.nextAction({
      text: t(resume ? 'class.resume' : career ? 'class.continue' : 'class.start'),
      icon: 'play',
      onPress: () => c.start(),
    });
  }

  private askForSession(c: ClassroomServices): void {
    const layer = this.s.layer;
    // One card in the middle of the body: what is wrong, then the field for a code and the way in.
    const body = this.frame('mission').body;
    const card = { ...place(body, 'center', CARD_W), y: body.y + space.margin - space.s, h: CARD_H };
    panel(this, card.x, card.y, card.w, card.h);
    const inner = inset(card, space.margin - space.s, space.margin - space.xs);
    const iconR = iconPx.heading / 2 + space.xs;
    icon(this, inner.x + iconR, inner.y + iconR, 'triangle-alert', color.orange, 2 * iconR);
    const text = c.session ? 'class.outdated' : 'class.badSession';
    const headX = inner.x + 2 * iconR + space.l + space.xs;
    const heading = label(this, headX, inner.y, t(text), {
      size: 'h2',
      bold: true,
      width: inner.x + inner.w - headX,
      layer,
      tag: 'h2',
    });
    if (c.session) return;
    const help = label(this, inner.x, heading.y + heading.height + space.margin, t('class.badSessionHelp'), {
      width: inner.w,
      layer,
    });
    let typed = '';
    const [field, join] = columns(
      { ...inner, y: help.y + help.height + space.margin + space.s, h: control.h + space.s },
      [15, 14],
      space.pad,
    ) as [Rect, Rect];
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
  }
}
