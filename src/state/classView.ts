import type { Catalogue, Mission } from '../content/types.ts';
import { type ClassStats, classStats } from '../sim/classroom/classStats.ts';
import { decodeResult, type PupilResult } from '../sim/classroom/resultCode.ts';
import { sessionMissions, shapeOf } from '../sim/classroom/sessionPlan.ts';
import type { TeacherState } from './teacherStore.ts';

export interface ClassView {
  sessionCode: string;
  missions: Mission[];
  results: PupilResult[];
  /** Each result's code, canonical, in the same order. */
  codes: string[];
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
  const read = s.accepted.flatMap((code) => {
    const r = decodeResult(code, s.sessionCode as string, shapes);
    return r.ok ? [r] : [];
  });
  const results = read.map((r) => r.result);
  return {
    sessionCode: s.sessionCode,
    missions,
    results,
    codes: read.map((r) => r.code),
    stats: classStats(results, missions),
  };
}
