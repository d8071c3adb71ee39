import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Catalogue } from '../content/types.ts';
import { type ClassFileProblem, readClassFile } from '../sim/classroom/classFile.ts';
import { type Intake, type Refusal, takeCodes } from '../sim/classroom/pastedCodes.ts';
import {
  customSeed,
  decodeSession,
  encodeSession,
  newSessionSeed,
  type Session,
  seedHoldsPrint,
} from '../sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions, shapeOf } from '../sim/classroom/sessionPlan.ts';
import type { SafeStorage } from './safeStorage.ts';

export type TeacherScreen = 'setup' | 'session' | 'debrief';

/**
 * What importing a session's file did: refused it (nothing changed), found it belongs to another session
 * than the open one (nothing changed: the screen asks whether to open that one), or took its codes.
 */
export type FileImport =
  | { kind: 'refused'; problem: ClassFileProblem | 'outdated' }
  | { kind: 'otherSession'; sessionCode: string; codes: number }
  | { kind: 'imported'; intake: Intake };

export interface TeacherState {
  screen: TeacherScreen;
  session: Session | null;
  /** The session's code, canonical (K7M-Q2X). */
  sessionCode: string | null;
  /** The pupils' result codes counted so far, canonical. */
  accepted: string[];
  /** What the last paste gave, until the next one. */
  lastIntake: { accepted: number; refused: Refusal[] } | null;
  /** The mission the class debrief shows. */
  debriefMission: number;

  createSession(playlist: Session['playlist'], length: number): void;
  openSetup(): void;
  backToSession(): void;
  addCodes(text: string): Intake | null;
  /**
   * Takes the codes of a session's file, as typed codes are taken; a file of another session is opened
   * only when `openItsSession` says so. The codes already kept are never replaced.
   */
  importFile(text: string, openItsSession?: boolean): FileImport;
  clearCodes(): void;
  openDebrief(): void;
  showMission(index: number): void;
}

export interface TeacherDeps {
  catalogue: Catalogue;
  storage: SafeStorage;
  random: () => number;
  /** A session named in the address, which wins over the one last open. */
  sessionFromUrl: string | null;
  /** The print of the workshop's missions the catalogue holds (src/modes/custom/), if any. */
  customPrint?: number | null;
}

export const CURRENT_SESSION_KEY = 'pedago-studio.teacher.current';
export const sessionKey = (code: string) => `pedago-studio.teacher.session.${code}`;

function readAccepted(storage: SafeStorage, code: string): string[] {
  try {
    const list: unknown = JSON.parse(storage.get(sessionKey(code)) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** A session of the workshop's missions is open only with those very missions (its seed holds their print). */
const ownMissions = (s: Session, deps: TeacherDeps) =>
  s.playlist !== 'custom' || (deps.customPrint != null && seedHoldsPrint(s.seed, deps.customPrint));

/** The session to reopen: the address's, else the last one open, if the content still has its missions. */
function initialSession(deps: TeacherDeps): { session: Session; code: string } | null {
  for (const typed of [deps.sessionFromUrl, deps.storage.get(CURRENT_SESSION_KEY)]) {
    const read = typed ? decodeSession(typed) : null;
    if (read?.ok && sessionMissions(read.session, deps.catalogue) && ownMissions(read.session, deps))
      return { session: read.session, code: read.code };
  }
  return null;
}

/** The teacher's screen: a session to create, the pupils' codes to collect, the class debrief to show. */
export function createTeacherStore(deps: TeacherDeps) {
  const cat = deps.catalogue;
  const start = initialSession(deps);
  const shapes = (s: Session) => (sessionMissions(s, cat) ?? []).map(shapeOf);

  const store = createStore<TeacherState>()(
    subscribeWithSelector((set, get) => ({
      screen: start ? 'session' : 'setup',
      session: start?.session ?? null,
      sessionCode: start?.code ?? null,
      accepted: start ? readAccepted(deps.storage, start.code) : [],
      lastIntake: null,
      debriefMission: 0,

      createSession: (playlist, length) => {
        const option = sessionOptions(cat).find((o) => o.playlist === playlist);
        if (!option || length < 1 || length > option.maxLength) return;
        const seed =
          playlist === 'custom' && deps.customPrint != null
            ? customSeed(deps.customPrint, deps.random)
            : newSessionSeed(deps.random);
        const session = { playlist, length, seed };
        const code = encodeSession(session);
        set({
          session,
          sessionCode: code,
          accepted: readAccepted(deps.storage, code),
          lastIntake: null,
          debriefMission: 0,
          screen: 'session',
        });
      },
      openSetup: () => set({ screen: 'setup' }),
      backToSession: () => set({ screen: get().session ? 'session' : 'setup' }),

      addCodes: (text) => {
        const { session, sessionCode, accepted } = get();
        if (!session || !sessionCode) return null;
        const intake = takeCodes(text, sessionCode, shapes(session), accepted);
        set({
          accepted: [...accepted, ...intake.accepted.map((a) => a.code)],
          lastIntake: { accepted: intake.accepted.length, refused: intake.refused },
        });
        return intake;
      },
      importFile: (text, openItsSession = false) => {
        const file = readClassFile(text);
        if (!file.ok) return { kind: 'refused', problem: file.problem };
        if (!sessionMissions(file.session, cat) || !ownMissions(file.session, deps))
          return { kind: 'refused', problem: 'outdated' };
        const open = get();
        const same = open.sessionCode === file.sessionCode;
        if (open.sessionCode && !same && !openItsSession)
          return { kind: 'otherSession', sessionCode: file.sessionCode, codes: file.codes.length };
        const kept = same ? open.accepted : readAccepted(deps.storage, file.sessionCode);
        const intake = takeCodes(file.codes.join('\n'), file.sessionCode, shapes(file.session), kept);
        set({
          session: file.session,
          sessionCode: file.sessionCode,
          accepted: [...kept, ...intake.accepted.map((a) => a.code)],
          lastIntake: { accepted: intake.accepted.length, refused: intake.refused },
          debriefMission: same ? open.debriefMission : 0,
          screen: 'session',
        });
        return { kind: 'imported', intake };
      },
      clearCodes: () => set({ accepted: [], lastIntake: null }),
      openDebrief: () => set({ screen: 'debrief', debriefMission: 0 }),
      showMission: (index) => set({ debriefMission: index }),
    })),
  );

  store.subscribe(
    (s) => [s.sessionCode, s.accepted] as const,
    ([code, accepted]) => {
      if (!code) return;
      deps.storage.set(CURRENT_SESSION_KEY, code);
      deps.storage.set(sessionKey(code), JSON.stringify(accepted));
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return store;
}

export type TeacherStore = ReturnType<typeof createTeacherStore>;
