import type { Mission } from '../content/types.ts';
import type { StringKey } from '../i18n/t.ts';
import type { Session } from '../sim/classroom/sessionCode.ts';
import type { PupilStore } from '../state/pupilStore.ts';
import type { TeacherStore } from '../state/teacherStore.ts';

interface Common {
  /** What the results button says after the playlist's last mission. */
  finishLabel: StringKey;
}

export interface HomeServices extends Common {
  kind: 'home';
}

export interface KioskServices extends Common {
  kind: 'kiosk';
  /** What the kiosk's end screen shows of its settings (src/modes/kiosk/config.ts). */
  config: { readonly moreInfoUrl: string };
  /** A visitor touched the attract loop: their run begins. */
  start(): void;
  /** Back to the attract loop with nothing of the visitor left. */
  reset(): void;
}

/** Where a course's progress goes (src/modes/course/courseLink.ts), for the pupil to be told. */
export interface PlatformLine {
  status(): 'lms' | 'browser' | 'fallback';
}

export interface ClassroomServices extends Common {
  kind: 'classroom';
  /** Null when the address has no valid session code. */
  session: Session | null;
  sessionCode: string | null;
  /** The session's missions; null when the game's content no longer has them. */
  missions: Mission[] | null;
  pupil: PupilStore | null;
  /** A course in a learning platform (a SCORM package); null in a class session. */
  platform: PlatformLine | null;
  start(): void;
  /** Opens the session typed by the pupil. */
  join(code: string): void;
}

export interface TeacherServices extends Common {
  kind: 'teacher';
  teacher: TeacherStore;
  /** The address pupils open for a session. */
  joinUrl(sessionCode: string): string;
}

/** What the scenes of a mode need beyond the game's own services. */
export type ModeServices = HomeServices | KioskServices | ClassroomServices | TeacherServices;
