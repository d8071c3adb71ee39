import type { GameAudio, Mood } from './audio.ts';

/** The screen on show and a way to hear that it may have changed (the router's RouteSource fits). */
export interface ScreenSource<S extends string> {
  view(): S;
  subscribe(onChange: () => void): () => void;
}

/**
 * Plays the mood of each screen, the one place music is chosen: scenes never start music themselves.
 * Asking again for the mood already playing changes nothing, so moving between screens of one mood never
 * restarts the loop. `moodOf` comes from whoever knows the screens (main.ts hands it the registry's).
 * Returns the function that stops following.
 */
export function followMusic<S extends string>(
  screens: ScreenSource<S>,
  moodOf: (screen: S) => Mood,
  audio: GameAudio,
): () => void {
  let shown: S | null = null;
  const follow = () => {
    const screen = screens.view();
    if (screen === shown) return;
    shown = screen;
    const mood = moodOf(screen);
    if (mood === 'silence') audio.stopMusic();
    else audio.playMusic(mood);
  };
  follow();
  return screens.subscribe(follow);
}
