import type { MissionRun } from '../../sim/run.ts';

/** The results' two pages: the stars, indicators and reasons, and the learning design's debrief. */
export type ResultsTab = 'results' | 'design';

export interface Shown {
  tab: ResultsTab;
  page: number;
}

/**
 * The tab and page on show, kept in memory for the run they belong to: the codex opened from the debrief
 * comes back to them when closed, and the jingle plays only when a run's results first show.
 */
let shown: { run: MissionRun; at: Shown } | null = null;

/** What was on show for this run, or null when its results have not been shown yet. */
export function shownFor(run: MissionRun): Shown | null {
  return shown?.run === run ? shown.at : null;
}

export function keepShown(run: MissionRun, at: Shown): void {
  shown = { run, at };
}
