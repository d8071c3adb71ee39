import { loadKioskSettings } from '../kiosk/kioskSettings.ts';
import type { Mode } from '../urlMode.ts';
import { setupClassroom } from './classroomSetup.ts';
import { setupCourse } from './courseSetup.ts';
import { setupCustomClassroom } from './customClassroomSetup.ts';
import { customSessionIn } from './customSetup.ts';
import { setupHome } from './homeSetup.ts';
import { setupKiosk } from './kioskSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';
import { setupPreview } from './previewSetup.ts';
import { setupTeacherWithMissions } from './teacherSetup.ts';

export type { ModeSetup, SetupDeps };

/**
 * The mode's setup; a kiosk's waits for kiosk.json, a course's for its link to the platform, and any with
 * the workshop's missions for them to be checked.
 */
export function setupMode(mode: Mode, deps: SetupDeps): ModeSetup | Promise<ModeSetup> {
  switch (mode.kind) {
    case 'kiosk':
      return loadKioskSettings((m) => console.warn(m)).then((s) => setupKiosk(mode.idleSeconds, deps, s));
    case 'classroom':
      // A session of the workshop's missions waits for them to be checked.
      return mode.session && customSessionIn(mode.session)
        ? setupCustomClassroom(mode.session, deps)
        : setupClassroom(mode.session, deps);
    case 'course':
      return setupCourse(mode.session, deps);
    case 'teacher':
      return setupTeacherWithMissions(mode.session, deps);
    case 'preview':
      return setupPreview(deps);
    default:
      return setupHome(deps);
  }
}
