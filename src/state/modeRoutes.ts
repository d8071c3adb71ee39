import type { GameState } from './store.ts';
import { type View, viewFor } from './views.ts';

/** The views of the kiosk, classroom and teacher modes (their scenes are in src/scenes/modes). */
export type ModeView =
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
 * is under way, the end view once the playlist is done, and the start view otherwise.
 */
export function playlistViewFor(
  s: Pick<GameState, 'screen' | 'run' | 'career'>,
  start: ModeView,
  end: ModeView,
  posts = false,
): View {
  if (s.screen === 'mission' && s.run) return viewFor(s);
  // A class shows the posts (the first one and each promotion) with their facts; a kiosk visit goes on.
  if (posts && s.screen === 'rankup') return 'rankup';
  return s.career?.done ? end : start;
}

/** What the router follows: the view to show now, and a way to hear that it may have changed. */
export interface RouteSource {
  view(): View;
  subscribe(onChange: () => void): () => void;
}
