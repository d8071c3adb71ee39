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
  /**
   * A session of the workshop's missions whose missions did not come (no link fragment, a broken one, or
   * those of another session): why, said in the pupil's words; null otherwise.
   */
  customProblem?: (() => string) | null;
  /** Opens the file of the session's missions the teacher gave: resolves with why it was refused, if it was. */
  openMissionFiles?(): Promise<(() => string) | null>;
  /** A preview of the workshop's draft (?mode=preview): the way back to the workshop. */
  backToWorkshop?(): void;
}

export interface TeacherServices extends Common {
  kind: 'teacher';
  teacher: TeacherStore;
  /** The address pupils open for a session (short: for the QR code and for typing). */
  joinUrl(sessionCode: string): string;
  /** The workshop's missions this screen offers (src/modes/custom/): their ids, or why they were refused. */
  custom: { ids: string[]; missions: readonly Record<string, unknown>[] } | { refused: () => string } | null;
  /** The address with the session's missions in its fragment: all a pupil needs for a custom session. */
  shareUrl(sessionCode: string): string;
  /** Adds mission files to those offered; resolves with why they were refused, if they were (else reloads). */
  importMissions(): Promise<(() => string) | null>;
  /** Stops offering the workshop's missions. */
  dropMissions(): void;
}

/** What the scenes of a mode need beyond the game's own services. */
export type ModeServices = HomeServices | KioskServices | ClassroomServices | TeacherServices;
