import { RESUME_PARAM } from '../workshop/missionsFragment.ts';
/** How the game was opened, from its address (DESIGN.md, "Modes"), so a teacher or a kiosk can bookmark it. */
export type Mode =
  | { kind: 'home' }
  /** `idleSeconds`: the address's `&idle=`, which wins over kiosk.json; null when it has none. */
  | { kind: 'kiosk'; idleSeconds: number | null }
  | { kind: 'teacher'; session: string | null }
  | { kind: 'classroom'; session: string | null }
  /** A class session played as a course inside a learning platform (a SCORM package: src/modes/course/). */
  | { kind: 'course'; session: string | null }
  /** The mission workshop (l’atelier): a page of forms, not the game (src/workshop/). */
  | { kind: 'workshop' }
  /** The workshop's draft played in the game (its mission in the fragment), back to the workshop after it. */
  | { kind: 'preview' };

export const MIN_IDLE = 2;
export const MAX_IDLE = 3600;

function idleFrom(value: string | null): number | null {
  const n = value === null || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) return null;
  return Math.min(MAX_IDLE, Math.max(MIN_IDLE, Math.round(n)));
}

/** Reads the mode from a query string such as `?mode=kiosk&idle=6`; anything unknown is the home game. */
export function modeFromUrl(search: string): Mode {
  const q = new URLSearchParams(search);
  const session = q.get('session')?.trim() || null;
  switch (q.get('mode')?.trim().toLowerCase()) {
    case 'kiosk':
      return { kind: 'kiosk', idleSeconds: idleFrom(q.get('idle')) };
    case 'teacher':
      return { kind: 'teacher', session };
    case 'classroom':
      return { kind: 'classroom', session };
    case 'course':
      return { kind: 'course', session };
    case 'workshop':
      return { kind: 'workshop' };
    case 'preview':
      return { kind: 'preview' };
    default:
      return { kind: 'home' };
  }
}

/** The query string that opens a mode: the inverse of modeFromUrl for the links the game makes. */
export function urlForMode(mode: Mode): string {
  const q = new URLSearchParams();
  if (mode.kind === 'home') return '';
  q.set('mode', mode.kind);
  if (mode.kind === 'kiosk' && mode.idleSeconds !== null) q.set('idle', String(mode.idleSeconds));
  if ((mode.kind === 'teacher' || mode.kind === 'classroom' || mode.kind === 'course') && mode.session)
    q.set('session', mode.session);
  return `?${q.toString()}`;
}

/** The workshop's address that reopens the draft kept in this browser straight away (back from a preview). */
export const workshopResumeUrl = (): string => `./${urlForMode({ kind: 'workshop' })}&${RESUME_PARAM}=resume`;
