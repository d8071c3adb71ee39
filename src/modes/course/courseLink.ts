import type { CourseResult } from '../../sim/classroom/courseScore.ts';
import type { KeyValueStorage } from '../../state/safeStorage.ts';
import { CourseStorage } from './courseStorage.ts';
import { LmsLink } from './lmsLink.ts';
import { findScormApi } from './scormApi.ts';
import { fittingSuspend, unpackSuspend } from './suspendData.ts';

/** Where a course's progress goes: its platform, the browser (no platform), or the browser after the platform failed. */
export type PlatformStatus = 'lms' | 'browser' | 'fallback';

export interface CourseLinkDeps {
  /** The course's keys in the storage, such as `pedago-studio.course.K7MQ2X.`. */
  prefix: string;
  /** The browser's storage, or null where it cannot be used. */
  browser: () => KeyValueStorage | null;
  /** What can be left out of the suspend data when it would be too long (the mission under way). */
  lighter: (values: Record<string, string>) => Record<string, string>;
  now: () => number;
  /** The operator's console: why the platform was not used. */
  warn: (message: string) => void;
}

export interface CourseLink {
  /** What the game's SafeStorage sits on. */
  readonly storage: KeyValueStorage | null;
  status(): PlatformStatus;
  onStatus(listener: (status: PlatformStatus) => void): void;
  /** The platform's mastery score (0–100), if it set one. */
  readonly masteryScore: number | null;
  /** True on a first launch, when the platform has nothing of this learner yet. */
  readonly fresh: boolean;
  /** Score, then status, then the progress, and a commit: after each mission. */
  report(result: CourseResult): void;
  /** The session's end: progress, time, how it was left, a commit, then LMSFinish. */
  finish(): void;
}

/** SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) for a duration in milliseconds. */
export function cmiTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(centis / 360_000));
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
}

function masteryOf(text: string | null): number | null {
  const n = text === null ? Number.NaN : Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** A course in a page with no platform, or one that cannot be used: the browser keeps it, as at home. */
function inBrowser(deps: CourseLinkDeps, status: PlatformStatus): CourseLink {
  return {
    storage: deps.browser(),
    status: () => status,
    onStatus: () => {},
    masteryScore: null,
    fresh: true,
    report: () => {},
    finish: () => {},
  };
}

/** Opens the course: finds the platform's SCORM 1.2 API, starts the session and reads what it kept. */
export function openCourse(self: Window, deps: CourseLinkDeps): CourseLink {
  const found = findScormApi(self);
  if (found.kind === 'none') return inBrowser(deps, 'browser');
  if (found.kind === 'broken') {
    deps.warn(`course: the platform's API cannot be used (${found.reason}); progress stays in this browser.`);
    return inBrowser(deps, 'fallback');
  }
  const link = new LmsLink(found.api);
  if (!link.initialize()) {
    deps.warn(`course: ${link.broken ?? 'LMSInitialize failed'}; progress stays in this browser.`);
    return inBrowser(deps, 'fallback');
  }
  const kept = link.get('cmi.suspend_data');
  const read = kept === null ? null : unpackSuspend(kept);
  if (read && !read.ok) deps.warn(`course: the platform's suspend data was not read (${read.reason}).`);
  const storage = new CourseStorage(deps.prefix, read?.ok ? read.values : {});
  const started = deps.now();
  let status: PlatformStatus = 'lms';
  let done = false;
  const listeners: ((s: PlatformStatus) => void)[] = [];
  link.onBroken = (reason) => {
    deps.warn(`course: ${reason}; progress is kept in this browser from now on.`);
    storage.keepInBrowser(deps.browser());
    status = 'fallback';
    for (const l of listeners) l(status);
  };
  const keepProgress = () => {
    const suspend = fittingSuspend(storage.values(), deps.lighter);
    if (suspend) link.set('cmi.suspend_data', suspend);
    else deps.warn('course: the progress is too long for the platform; its last copy stays as it was.');
  };
  return {
    storage,
    status: () => status,
    onStatus: (l) => void listeners.push(l),
    masteryScore: masteryOf(link.get('cmi.student_data.mastery_score')),
    fresh: !read?.ok,
    report(result) {
      // The score before the status: a platform that grades on "completed" reads the score it has then.
      link.set('cmi.core.score.min', '0');
      link.set('cmi.core.score.max', '100');
      link.set('cmi.core.score.raw', String(result.score));
      link.set('cmi.core.lesson_status', result.status);
      done = result.status !== 'incomplete';
      keepProgress();
      link.commit();
    },
    finish() {
      keepProgress();
      link.set('cmi.core.session_time', cmiTimespan(deps.now() - started));
      // Unfinished, the learner comes back to where they were; finished, the attempt is over.
      link.set('cmi.core.exit', done ? '' : 'suspend');
      link.commit();
      link.finish();
    },
  };
}
