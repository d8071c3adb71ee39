import type { GameState } from './store.ts';
import { type SceneKey, sceneFor } from './views.ts';

/** The screens of the kiosk, classroom and teacher modes (src/scenes/modes). */
export type ModeSceneKey =
  | 'mode-boot'
  | 'attract'
  | 'kiosk-end'
  | 'classroom-welcome'
  | 'classroom-end'
  | 'teacher-setup'
  | 'teacher-session'
  | 'class-debrief';

/**
 * A kiosk or a class plays a playlist with no title, job board or settings: the mission's phases while one
 * is under way, the end screen once the playlist is done, and the start screen otherwise.
 */
export function playlistSceneFor(
  s: Pick<GameState, 'screen' | 'run' | 'career'>,
  start: ModeSceneKey,
  end: ModeSceneKey,
): SceneKey {
  if (s.screen === 'mission' && s.run) return sceneFor(s);
  return s.career?.done ? end : start;
}

/** What the router follows: the scene to show now, and a way to hear that it may have changed. */
export interface RouteSource {
  key(): SceneKey;
  subscribe(onChange: () => void): () => void;
}
