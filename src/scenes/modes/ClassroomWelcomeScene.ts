import { t, tx } from '../../i18n/t.ts';
import { PSEUDONYM_MAX } from '../../state/pupilStore.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { textField } from '../../ui/textField.ts';
import { color, HEIGHT, WIDTH } from '../../ui/theme.ts';
import type { ClassroomServices } from '../modeServices.ts';
import { ModeScene } from './ModeScene.ts';

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
    this.languageButton(WIDTH - 260, HEIGHT - 96);
    this.s.layer.focusFirst();
  }

  private welcome(c: ClassroomServices, code: string): void {
    const layer = this.s.layer;
    const missions = c.missions ?? [];
    const career = this.state.career;
    const played = career?.history.length ?? 0;

    panel(this, 48, 104, 640, 496);
    label(this, 80, 128, t('class.session', { code, n: missions.length }), {
      size: 'h2',
      bold: true,
      layer,
      tag: 'h2',
    });
    label(this, 80, 184, t('class.intro'), { width: 576, layer });
    if (!career && c.pupil) {
      const pupil = c.pupil;
      textField(this, layer, {
        x: 80,
        y: 420,
        w: 576,
        h: 64,
        label: t('class.pseudonym'),
        maxLength: PSEUDONYM_MAX,
        value: pupil.getState().pseudonym,
        onInput: (v) => pupil.getState().setPseudonym(v),
        onEnter: () => c.start(),
      });
    }

    panel(this, 720, 104, 512, 496);
    missions.forEach((m, i) => {
      const y = 136 + i * 112;
      const done = i < played;
      icon(this, 760, y + 20, done ? 'circle-check' : 'briefcase', done ? color.green : color.blue, 32);
      const line = t('class.next', { n: i + 1, total: missions.length, title: tx(m.title) });
      label(this, 792, y + 6, line, { bold: true, width: 408, layer });
      label(this, 792, y + 40, tx(m.client), { size: 'small', width: 408, color: color.inkSoft });
    });

    const resume = !!this.state.run;
    this.btn({
      x: 48,
      y: 624,
      w: 400,
      h: 72,
      text: t(resume ? 'class.resume' : career ? 'class.continue' : 'class.start'),
      icon: 'play',
      variant: 'primary',
      onPress: () => c.start(),
    });
  }

  private askForSession(c: ClassroomServices): void {
    const layer = this.s.layer;
    panel(this, 240, 136, 800, 340);
    icon(this, 292, 196, 'triangle-alert', color.orange, 40);
    const text = c.session ? 'class.outdated' : 'class.badSession';
    label(this, 332, 178, t(text), { size: 'h2', bold: true, width: 660, layer, tag: 'h2' });
    if (c.session) return;
    label(this, 280, 270, t('class.badSessionHelp'), { width: 720, layer });
    let typed = '';
    textField(this, layer, {
      x: 280,
      y: 360,
      w: 360,
      h: 72,
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
      x: 664,
      y: 360,
      w: 336,
      h: 72,
      text: t('class.join'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => c.join(typed),
    });
  }
}
