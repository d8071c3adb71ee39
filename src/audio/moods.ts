import type { SceneKey } from '../state/views.ts';
import type { MusicId } from './audio.ts';

/** Screens planned but not built yet; their mood is decided here so they get it the day they arrive. */
type PlannedSceneKey = 'codex' | 'credits' | 'rankup' | 'end';

/**
 * The music of each screen; null is silence. The teacher's screens are silent: they are projected while the
 * teacher speaks. So is the kiosk's attract loop, which would otherwise play all day to the stand's staff.
 */
const MOODS: Record<SceneKey | PlannedSceneKey, MusicId | null> = {
  title: 'title',
  settings: 'title',
  background: 'office',
  offers: 'office',
  codex: 'office',
  credits: 'office',
  rankup: 'office',
  brief: 'mission',
  design: 'mission',
  develop: 'mission',
  production: 'live',
  implement: 'live',
  results: 'mission',
  end: 'finale',
  'mode-boot': null,
  attract: null,
  'kiosk-end': 'finale',
  'classroom-welcome': 'title',
  'classroom-end': 'finale',
  'teacher-setup': null,
  'teacher-session': null,
  'class-debrief': null,
};

/** The mood to play on a screen, by its scene key; null (silence) for a key it does not know. */
export function musicFor(scene: string): MusicId | null {
  return Object.hasOwn(MOODS, scene) ? (MOODS[scene as keyof typeof MOODS] ?? null) : null;
}
