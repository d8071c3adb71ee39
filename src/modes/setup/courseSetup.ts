import { t } from '../../i18n/t.ts';
import { courseResult } from '../../sim/classroom/courseScore.ts';
import { browserStorage, memoryStorage, SafeStorage } from '../../state/safeStorage.ts';
import { openSession, playableSession, sessionPrefix, setupSessionRun } from './classroomSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

/** The mission under way left out of the suspend data: on return it starts again from its brief. */
function withoutRun(values: Record<string, string>): Record<string, string> {
  try {
    const save = JSON.parse(values.save ?? 'null') as Record<string, unknown> | null;
    return save ? { ...values, save: JSON.stringify({ ...save, run: null }) } : values;
  } catch {
    return values;
  }
}

/**
 * A class session played as a course in a learning platform (`?mode=course&session=…`, the SCORM package of
 * `npm run package:scorm`): the pupil's run as in class, kept in the platform's suspend data, its stars
 * reported as a score after each mission. With no platform around, the browser keeps it, as in class.
 */
export async function setupCourse(typed: string | null, deps: SetupDeps): Promise<ModeSetup> {
  const opened = openSession(typed, deps.catalogue);
  if (!playableSession(opened))
    return setupSessionRun(opened, new SafeStorage(memoryStorage()), deps, 'course', null);
  // The platform's side (and its deflate) comes in a chunk of its own: only a course needs it.
  const { openCourse } = await import('../course/courseLink.ts');
  const link = openCourse(window, {
    prefix: sessionPrefix('course', opened.code),
    browser: browserStorage,
    lighter: withoutRun,
    now: () => performance.now(),
    warn: (message) => console.warn(message),
  });
  const setup = setupSessionRun(opened, new SafeStorage(link.storage), deps, 'course', link);
  const pupil = setup.mode.kind === 'classroom' ? setup.mode.pupil : null;
  const ids = (opened.missions ?? []).map((m) => m.id);
  if (pupil) {
    const report = () => link.report(courseResult(pupil.getState().summaries, ids, link.masteryScore));
    report();
    pupil.subscribe((s) => s.summaries, report);
  }
  // pagehide is the last event a page surely gets, closed, reloaded or left (unload may never come).
  addEventListener('pagehide', () => link.finish());
  return {
    ...setup,
    started: ({ layer }) => link.onStatus(() => layer.announce(t('course.platform.fallback'))),
  };
}
