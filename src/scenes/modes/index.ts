import { AttractScene } from './AttractScene.ts';
import { ClassDebriefScene } from './ClassDebriefScene.ts';
import { ClassroomEndScene } from './ClassroomEndScene.ts';
import { ClassroomWelcomeScene } from './ClassroomWelcomeScene.ts';
import { KioskEndScene } from './KioskEndScene.ts';
import { ModeBootScene } from './ModeBootScene.ts';
import { TeacherSessionScene } from './TeacherSessionScene.ts';
import { TeacherSetupScene } from './TeacherSetupScene.ts';

/** The screens of the kiosk, classroom and teacher modes; the blank boot scene comes first and starts at boot. */
export const MODE_SCENES = [
  ModeBootScene,
  AttractScene,
  KioskEndScene,
  ClassroomWelcomeScene,
  ClassroomEndScene,
  TeacherSetupScene,
  TeacherSessionScene,
  ClassDebriefScene,
];
