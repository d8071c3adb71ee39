import type { Mode } from '../urlMode.ts';
import { setupClassroom } from './classroomSetup.ts';
import { setupHome } from './homeSetup.ts';
import { setupKiosk } from './kioskSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';
import { setupTeacher } from './teacherSetup.ts';

export type { ModeSetup, SetupDeps };

export function setupMode(mode: Mode, deps: SetupDeps): ModeSetup {
  switch (mode.kind) {
    case 'kiosk':
      return setupKiosk(mode.idleSeconds, deps);
    case 'classroom':
      return setupClassroom(mode.session, deps);
    case 'teacher':
      return setupTeacher(mode.session, deps);
    default:
      return setupHome(deps);
  }
}
