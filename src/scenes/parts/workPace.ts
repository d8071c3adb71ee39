/** How fast the team's work plays out on screen: the player can pause it or speed it up (for this visit). */
export type WorkPace = 'playing' | 'fast' | 'paused';

let pace: WorkPace = 'playing';

export const workPace = (): WorkPace => pace;

export function setWorkPace(next: WorkPace): void {
  pace = next;
}

/** The speed of the work's motion at each pace (0 stops it where it is). */
export const PACE_SPEED: Record<WorkPace, number> = { playing: 1, fast: 2, paused: 0 };
