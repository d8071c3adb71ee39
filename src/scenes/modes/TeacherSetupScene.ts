import { t } from '../../i18n/t.ts';
import type { SessionPlaylist } from '../../sim/classroom/sessionCode.ts';
import { sessionOptions } from '../../sim/classroom/sessionPlan.ts';
import { actionSlot, actionW, columnsThatFit, grid, place } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, space } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { ModeScene } from './ModeScene.ts';

/** Illustrative: minutes a pupil takes over one mission, to help size a session. */
const MINUTES_PER_MISSION = 12;
/** A choice with its name and a detail line under it; up to three playlists or four lengths in a row. */
const CHOICE_H = 96;
/** Going back names the session's code, so it is wider than a plain back button. */
const BACK_TO_SESSION_W = 400;
/** A choice narrower than this cuts its name: fewer in a row. */
const MIN_CHOICE_W = 220;

/** The teacher picks a playlist and a length; the session code follows. */
export class TeacherSetupScene extends ModeScene {
  private playlist: SessionPlaylist | null = null;
  private length = 1;

  create(): void {
    const teacher = this.teacher().teacher;
    const state = teacher.getState();
    const options = sessionOptions(this.s.catalogue);
    const chosen = options.find((o) => o.playlist === this.playlist) ?? options[0];
    if (!chosen) return;
    this.playlist = chosen.playlist;
    this.length = Math.min(this.length, chosen.maxLength);
    this.enter(t('teacher.setupTitle'));
    this.topBar(t('teacher.space'));
    const layer = this.s.layer;

    const body = this.frame('mission').body;
    const title = label(this, body.x, body.y, t('teacher.setupTitle'), { size: 'h1', bold: true });
    const intro = label(this, body.x, title.y + title.height + space.s, t('teacher.setupIntro'), {
      width: body.w,
      color: color.inkSoft,
      layer,
    });

    const playlists = label(this, body.x, intro.y + intro.height + space.margin, t('teacher.playlist'), {
      bold: true,
      layer,
      tag: 'h2',
    });
    const playlistRow = { ...body, y: playlists.y + playlists.height + space.m };
    const playlistCells = grid(
      playlistRow,
      options.length,
      columnsThatFit(body.w, MIN_CHOICE_W, 3),
      space.l,
      CHOICE_H,
    );
    playlistCells.forEach((cell, i) => {
      const o = options[i];
      if (!o) return;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: o.playlist === 'kiosk' ? 'clock' : o.playlist === 'career' ? 'briefcase' : 'school',
        text: t(PLAYLIST_NAMES[o.playlist]),
        detail: t('teacher.playlistMissions', { n: o.missions.length }),
        pressed: o.playlist === chosen.playlist,
        onPress: () => {
          this.playlist = o.playlist;
          this.refresh();
        },
      });
    });

    const lastPlaylist = playlistCells[playlistCells.length - 1] ?? playlistRow;
    const lengthTop = lastPlaylist.y + CHOICE_H + space.margin;
    const lengths = label(this, body.x, lengthTop, t('teacher.length'), { bold: true, layer, tag: 'h2' });
    const lengthRow = { ...body, y: lengths.y + lengths.height + space.m };
    grid(lengthRow, chosen.maxLength, columnsThatFit(body.w, MIN_CHOICE_W, 4), space.l, CHOICE_H).forEach(
      (cell, i) => {
        const n = i + 1;
        this.btn({
          ...cell,
          variant: 'choice',
          icon: 'clock',
          text: t('teacher.lengthOption', { n }),
          detail: t('teacher.lengthMinutes', { min: n * MINUTES_PER_MISSION }),
          pressed: n === this.length,
          onPress: () => {
            this.length = n;
            this.refresh();
          },
        });
      },
    );

    this.nextAction({
      text: t('teacher.create'),
      onPress: () => teacher.getState().createSession(chosen.playlist, this.length),
    });
    // A row narrower than a projector's shares itself between going back and creating: the language
    // button moves up to the title's line.
    const actions = this.frame().actions;
    const roomy = actionSlot(actions, 'next').w === actionW.next;
    if (state.sessionCode)
      this.btn({
        ...(roomy ? place(actions, 'start', BACK_TO_SESSION_W) : actionSlot(actions, 'back')),
        text: t('teacher.backToSession', { code: state.sessionCode }),
        icon: 'arrow-left',
        onPress: () => teacher.getState().backToSession(),
      });
    if (roomy) this.languageButton('center');
    else this.languageButton('end', place(body, 'end', actionW.back, control.h));
    this.focusDefault();
  }
}
