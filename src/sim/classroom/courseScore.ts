import { MAX_STARS } from '../../content/vocabulary.ts';
import type { MissionSummary } from './topics.ts';

/** What a learning platform is told of a course: SCORM 1.2's `cmi.core.lesson_status` values the game uses. */
export type LessonStatus = 'incomplete' | 'completed' | 'passed';

export interface CourseResult {
  /** 0–100: the stars won over the stars there were to win, missions not yet played counting none. */
  score: number;
  status: LessonStatus;
}

/**
 * A course's result from the missions summed up so far. Done, it is `passed` when the platform set a
 * mastery score and the stars reach it, else `completed`: the game never reports a failure, it is a
 * discovery of a trade, and the stars already say how it went.
 */
export function courseResult(
  summaries: Readonly<Record<string, MissionSummary>>,
  missionIds: readonly string[],
  masteryScore: number | null,
): CourseResult {
  const played = missionIds.map((id) => summaries[id]).filter((s): s is MissionSummary => !!s);
  const stars = played.reduce((sum, s) => sum + Math.min(MAX_STARS, Math.max(0, s.stars)), 0);
  const score = missionIds.length === 0 ? 0 : Math.round((100 * stars) / (MAX_STARS * missionIds.length));
  if (played.length < missionIds.length) return { score, status: 'incomplete' };
  return { score, status: masteryScore !== null && score >= masteryScore ? 'passed' : 'completed' };
}
