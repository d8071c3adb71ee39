import { t } from '../../i18n/t.ts';
import type { SessionPlaylist } from '../../modes/classroom/sessionCode.ts';
import { sessionOptions } from '../../modes/classroom/sessionPlan.ts';
import { label } from '../../ui/text.ts';
import { color, HEIGHT, WIDTH } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { ModeScene } from './ModeScene.ts';

/** Illustrative: minutes a pupil takes over one mission, to help size a session. */
const MINUTES_PER_MISSION = 12;

/** The teacher picks a playlist and a length; the session code follows. */
export class TeacherSetupScene extends ModeScene {
  private playlist: SessionPlaylist | null = null;
  private length = 1;

  constructor() {
    super('teacher-setup');
  }

  create(): void {
    const teacher = this.teacher().teacher;
    const state = teacher.getState();
    const options = sessionOptions(this.s.catalogue);
    const chosen = options.find((o) => o.playlist === this.playlist) ?? options[0];
    if (!chosen) return;
    this.playlist = chosen.playlist;
    this.length = Math.min(this.length, chosen.maxLength);
    this.enter('teacher-setup', t('teacher.setupTitle'));
    this.topBar(t('teacher.space'));
    const layer = this.s.layer;

    label(this, 64, 96, t('teacher.setupTitle'), { size: 'h1', bold: true });
    label(this, 64, 156, t('teacher.setupIntro'), { width: 1152, color: color.inkSoft, layer });

    label(this, 64, 228, t('teacher.playlist'), { bold: true, layer, tag: 'h2' });
    options.forEach((o, i) => {
      this.btn({
        x: 64 + i * 384,
        y: 268,
        w: 368,
        h: 96,
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

    label(this, 64, 396, t('teacher.length'), { bold: true, layer, tag: 'h2' });
    for (let n = 1; n <= chosen.maxLength; n++) {
      this.btn({
        x: 64 + (n - 1) * 296,
        y: 436,
        w: 284,
        h: 96,
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
    }

    this.btn({
      x: 64,
      y: 600,
      w: 400,
      h: 72,
      text: t('teacher.create'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => teacher.getState().createSession(chosen.playlist, this.length),
    });
    if (state.sessionCode)
      this.btn({
        x: 488,
        y: 600,
        w: 400,
        h: 72,
        text: t('teacher.backToSession', { code: state.sessionCode }),
        icon: 'arrow-left',
        onPress: () => teacher.getState().backToSession(),
      });
    this.languageButton(WIDTH - 284, HEIGHT - 120, 220, 72);
    this.focusDefault();
  }
}
