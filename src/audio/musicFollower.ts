import type { GameAudio } from './audio.ts';
import { musicFor } from './moods.ts';

/** The current screen and a way to hear that it may have changed (the router's RouteSource fits). */
export interface ScreenSource {
  key(): string;
  subscribe(onChange: () => void): () => void;
}

/**
 * Plays the mood of each screen, the one place music is chosen: scenes never start music themselves.
 * Asking again for the mood already playing changes nothing, so moving between screens of one mood never
 * restarts the loop. Returns the function that stops following.
 */
export function followMusic(screen: ScreenSource, audio: GameAudio): () => void {
  let shown: string | null = null;
  const follow = () => {
    const key = screen.key();
    if (key === shown) return;
    shown = key;
    const mood = musicFor(key);
    if (mood) audio.playMusic(mood);
    else audio.stopMusic();
  };
  follow();
  return screen.subscribe(follow);
}
