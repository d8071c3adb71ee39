import type { TeacherServices } from '../../scenes/modeServices.ts';
import { compact } from '../../sim/classroom/codeAlphabet.ts';
import { decodeSession } from '../../sim/classroom/sessionCode.ts';
import { browserStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { createTeacherStore, type TeacherScreen } from '../../state/teacherStore.ts';
import type { View } from '../../state/views.ts';
import { packedIn } from '../../workshop/missionsFragment.ts';
import { urlForMode } from '../urlMode.ts';
import {
  type CustomMissions,
  keptPacked,
  openCustom,
  packedInAddress,
  pickMissionFiles,
  TEACHER_MISSIONS_KEY,
} from './customSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

const VIEWS: Record<TeacherScreen, View> = {
  setup: 'teacher-setup',
  session: 'teacher-session',
  debrief: 'class-debrief',
};

/**
 * The teacher's screen, with the workshop's missions it offers if the address's fragment (or the last visit)
 * brings some: they are checked first, in a chunk of their own.
 */
export async function setupTeacherWithMissions(
  sessionFromUrl: string | null,
  deps: SetupDeps,
): Promise<ModeSetup> {
  const storage = new SafeStorage(browserStorage());
  const packed = packedInAddress() ?? keptPacked(storage);
  if (!packed) return setupTeacher(sessionFromUrl, deps, storage, null);
  const opened = await openCustom(packed, deps);
  return setupTeacher(sessionFromUrl, opened.deps, storage, opened.custom);
}

/** The teacher's screen: sessions and collected codes kept in this browser, per session. */
function setupTeacher(
  sessionFromUrl: string | null,
  deps: SetupDeps,
  storage: SafeStorage,
  custom: CustomMissions | null,
): ModeSetup {
  const store = createGameStore({
    catalogue: deps.catalogue,
    storage,
    newSeed: deps.newSeed,
    defaultLanguage: deps.language,
    saveKey: 'pedago-studio.teacher.save',
  });
  const teacher = createTeacherStore({
    catalogue: deps.catalogue,
    storage,
    random: deps.random,
    sessionFromUrl,
    customPrint: custom?.ok ? custom.print : null,
  });
  if (custom?.ok) storage.set(TEACHER_MISSIONS_KEY, packedIn(custom.fragment) ?? '');
  const fragment = custom?.ok ? custom.fragment : '';
  const base = () => `${location.origin}${location.pathname}`;
  const joinUrl = (code: string) => `${base()}${urlForMode({ kind: 'classroom', session: compact(code) })}`;
  const isCustom = (code: string) => {
    const read = decodeSession(code);
    return read.ok && read.session.playlist === 'custom';
  };
  // The teacher's own address keeps the missions too, so a bookmark or a reload brings them back.
  const here = (code: string | null) =>
    `${urlForMode({ kind: 'teacher', session: code ? compact(code) : null })}${fragment}`;
  const reloadWith = (nextFragment: string) => {
    history.replaceState(null, '', `${urlForMode({ kind: 'teacher', session: null })}${nextFragment}`);
    location.reload();
  };
  const mode: TeacherServices = {
    kind: 'teacher',
    teacher,
    finishLabel: 'results.finish',
    joinUrl,
    shareUrl: (code) => `${joinUrl(code)}${isCustom(code) ? fragment : ''}`,
    custom: custom?.ok
      ? { ids: deps.catalogue.custom ?? [], missions: custom.missions }
      : custom
        ? { refused: custom.reason }
        : null,
    async importMissions() {
      const opening = await pickMissionFiles(custom?.ok ? custom.missions : []);
      if (!opening) return null;
      if (!opening.ok) return opening.reason;
      storage.set(TEACHER_MISSIONS_KEY, packedIn(opening.fragment) ?? '');
      reloadWith(opening.fragment);
      return null;
    },
    dropMissions() {
      storage.remove(TEACHER_MISSIONS_KEY);
      reloadWith('');
    },
  };
  return {
    store,
    catalogue: deps.catalogue,
    mode,
    route: {
      view: () => VIEWS[teacher.getState().screen],
      subscribe: (fn) => teacher.subscribe((s) => s.screen, fn),
    },
    started() {
      // The address names the open session, so a bookmark or a reload comes back to it.
      const show = (code: string | null) => {
        if (code || fragment) history.replaceState(null, '', here(code));
      };
      show(teacher.getState().sessionCode);
      teacher.subscribe((s) => s.sessionCode, show);
    },
  };
}
