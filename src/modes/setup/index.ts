import { loadKioskSettings } from '../kiosk/kioskSettings.ts';
import type { Mode } from '../urlMode.ts';
import { setupClassroom } from './classroomSetup.ts';
import { setupCourse } from './courseSetup.ts';
import { setupHome } from './homeSetup.ts';
import { setupKiosk } from './kioskSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';
import { setupTeacher } from './teacherSetup.ts';

export type { ModeSetup, SetupDeps };

/** The mode's setup; a kiosk's waits for kiosk.json, a course's for its link to the platform. */
export function setupMode(mode: Mode, deps: SetupDeps): ModeSetup | Promise<ModeSetup> {
  switch (mode.kind) {
    case 'kiosk':
      return loadKioskSettings((m) => console.warn(m)).then((s) => setupKiosk(mode.idleSeconds, deps, s));
    case 'classroom':
      return setupClassroom(mode.session, deps);
    case 'course':
      return setupCourse(mode.session, deps);
    case 'teacher':
      return setupTeacher(mode.session, deps);
    default:
      return setupHome(deps);
  }
}
