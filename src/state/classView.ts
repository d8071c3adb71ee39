import type { Catalogue, Mission } from '../content/types.ts';
import { type ClassStats, classStats } from '../sim/classroom/classStats.ts';
import { decodeResult, type PupilResult } from '../sim/classroom/resultCode.ts';
import { sessionMissions, shapeOf } from '../sim/classroom/sessionPlan.ts';
import type { TeacherState } from './teacherStore.ts';

export interface ClassView {
  sessionCode: string;
  missions: Mission[];
  results: PupilResult[];
  stats: ClassStats;
}

/** The class as the debrief shows it: every counted code decoded against the session's missions. */
export function classView(
  s: Pick<TeacherState, 'session' | 'sessionCode' | 'accepted'>,
  cat: Catalogue,
): ClassView | null {
  const missions = s.session ? sessionMissions(s.session, cat) : null;
  if (!missions || !s.sessionCode) return null;
  const shapes = missions.map(shapeOf);
  const results = s.accepted.flatMap((code) => {
    const read = decodeResult(code, s.sessionCode as string, shapes);
    return read.ok ? [read.result] : [];
  });
  return { sessionCode: s.sessionCode, missions, results, stats: classStats(results, missions) };
}
