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
  s: Pick<GameState, 'screen' | 'run' | 'career' | 'review'>,
  start: ModeView,
  end: ModeView,
  teaching = false,
): View {
  if (s.screen === 'mission' && s.run) return viewFor(s);
  // A class shows the posts (the first one and each promotion) with their facts, and ends with the review
  // (the real routes into the job, the quiz) before the result code; a kiosk visit goes on.
  if (teaching && s.screen === 'rankup') return 'rankup';
  if (teaching && s.screen === 'end' && s.review && s.career?.done) return 'end';
  return s.career?.done ? end : start;
}

/** What the router follows: the view to show now, and a way to hear that it may have changed. */
export interface RouteSource {
  view(): View;
  subscribe(onChange: () => void): () => void;
}
