import type * as Phaser from 'phaser';
import type { Mood } from '../audio/audio.ts';
import type { View } from '../state/views.ts';
import { BackgroundScene } from './BackgroundScene.ts';
import { BriefScene } from './BriefScene.ts';
import { CodexScene } from './CodexScene.ts';
import { CreditsScene } from './CreditsScene.ts';
import { DesignScene } from './DesignScene.ts';
import { DevelopScene } from './DevelopScene.ts';
import { EndScene } from './EndScene.ts';
import { ImplementScene } from './ImplementScene.ts';
import { AttractScene } from './modes/AttractScene.ts';
import { ClassDebriefScene } from './modes/ClassDebriefScene.ts';
import { ClassroomEndScene } from './modes/ClassroomEndScene.ts';
import { ClassroomWelcomeScene } from './modes/ClassroomWelcomeScene.ts';
import { KioskEndScene } from './modes/KioskEndScene.ts';
import { ModeBootScene } from './modes/ModeBootScene.ts';
import { TeacherSessionScene } from './modes/TeacherSessionScene.ts';
import { TeacherSetupScene } from './modes/TeacherSetupScene.ts';
import { OffersScene } from './OffersScene.ts';
import { ProductionScene } from './ProductionScene.ts';
import { RankUpScene } from './RankUpScene.ts';
import { ResultsScene } from './ResultsScene.ts';
import { SettingsScene } from './SettingsScene.ts';
import { TitleScene } from './TitleScene.ts';

export type SceneClass = new () => Phaser.Scene;

interface ScreenEntry {
  /** The scene that draws the view; Phaser knows it by the view's name (its constructor sets no key). */
  scene: SceneClass;
  /** The music while it shows (played by src/audio/musicFollower.ts). */
  mood: Mood;
  /** A screen of the kiosk, classroom or teacher modes: built only when the game runs in one of them. */
  modes?: true;
}

/**
 * Every screen of the game, the one place a screen is declared: the view of the state it shows (the key),
 * its scene, its music. Adding a screen is an entry here, its scene file, and its view in src/state (views.ts,
 * or modeRoutes.ts for a mode's); a view without an entry, or an entry without a mood, fails the type check.
 * The teacher's screens are silent: they are projected while the teacher speaks. So is the kiosk's attract
 * loop, which would otherwise play all day to the stand's staff.
 */
export const SCREENS = {
  // The game's own screens; the title is the first scene at home.
  title: { scene: TitleScene, mood: 'title' },
  settings: { scene: SettingsScene, mood: 'title' },
  background: { scene: BackgroundScene, mood: 'office' },
  offers: { scene: OffersScene, mood: 'office' },
  brief: { scene: BriefScene, mood: 'mission' },
  design: { scene: DesignScene, mood: 'mission' },
  develop: { scene: DevelopScene, mood: 'mission' },
  production: { scene: ProductionScene, mood: 'live' },
  implement: { scene: ImplementScene, mood: 'live' },
  results: { scene: ResultsScene, mood: 'mission' },
  rankup: { scene: RankUpScene, mood: 'office' },
  codex: { scene: CodexScene, mood: 'office' },
  credits: { scene: CreditsScene, mood: 'office' },
  end: { scene: EndScene, mood: 'finale' },
  // The modes' screens; the blank boot scene is the first scene in a mode.
  'mode-boot': { scene: ModeBootScene, mood: 'silence', modes: true },
  attract: { scene: AttractScene, mood: 'silence', modes: true },
  'kiosk-end': { scene: KioskEndScene, mood: 'finale', modes: true },
  'classroom-welcome': { scene: ClassroomWelcomeScene, mood: 'title', modes: true },
  'classroom-end': { scene: ClassroomEndScene, mood: 'finale', modes: true },
  'teacher-setup': { scene: TeacherSetupScene, mood: 'silence', modes: true },
  'teacher-session': { scene: TeacherSessionScene, mood: 'silence', modes: true },
  'class-debrief': { scene: ClassDebriefScene, mood: 'silence', modes: true },
} as const satisfies Record<View, ScreenEntry>;

const ENTRIES = Object.entries(SCREENS) as [View, ScreenEntry][];

/** The view whose scene starts at boot: the title at home, the blank boot screen in a mode. */
const FIRST = { home: 'title', modes: 'mode-boot' } as const satisfies Record<string, View>;

/**
 * The scenes to build, first the one that starts at boot: at home the game's own screens, in a mode the
 * mode's screens and then the game's (a kiosk or a class plays missions too).
 */
export function scenesToBuild(inMode: boolean): [View, SceneClass][] {
  const first = inMode ? FIRST.modes : FIRST.home;
  const ordered = inMode
    ? [...ENTRIES.filter(([, e]) => e.modes), ...ENTRIES.filter(([, e]) => !e.modes)]
    : ENTRIES.filter(([, e]) => !e.modes);
  const sorted = [...ordered.filter(([v]) => v === first), ...ordered.filter(([v]) => v !== first)];
  return sorted.map(([view, entry]) => [view, entry.scene]);
}

/** The music of a view: what main.ts hands to the music follower. */
export function moodOf(view: View): Mood {
  return SCREENS[view].mood;
}
