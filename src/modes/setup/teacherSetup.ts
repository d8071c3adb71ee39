import type { TeacherServices } from '../../scenes/modeServices.ts';
import { compact } from '../../sim/classroom/codeAlphabet.ts';
import { browserStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { createTeacherStore, type TeacherScreen } from '../../state/teacherStore.ts';
import type { View } from '../../state/views.ts';
import { urlForMode } from '../urlMode.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

const VIEWS: Record<TeacherScreen, View> = {
  setup: 'teacher-setup',
  session: 'teacher-session',
  debrief: 'class-debrief',
};

/** The teacher's screen: sessions and collected codes kept in this browser, per session. */
export function setupTeacher(sessionFromUrl: string | null, deps: SetupDeps): ModeSetup {
  const storage = new SafeStorage(browserStorage());
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
  });
  const base = () => `${location.origin}${location.pathname}`;
  const mode: TeacherServices = {
    kind: 'teacher',
    teacher,
    finishLabel: 'results.finish',
    joinUrl: (code) => `${base()}${urlForMode({ kind: 'classroom', session: compact(code) })}`,
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
        if (code) history.replaceState(null, '', urlForMode({ kind: 'teacher', session: compact(code) }));
      };
      show(teacher.getState().sessionCode);
      teacher.subscribe((s) => s.sessionCode, show);
    },
  };
}
