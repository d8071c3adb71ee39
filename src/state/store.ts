import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { applyChoice, type ChoiceError, replay } from '../sim/choose.ts';
import { factToShow } from '../sim/debrief.ts';
import { type Choice, type MissionRun, startRun } from '../sim/run.ts';
import type { Catalogue, Lang } from '../sim/types.ts';
import type { SafeStorage } from './safeStorage.ts';
import { backupSave, loadSave, type Notice, writeSave } from './saveGame.ts';
import { type Career, SAVE_VERSION, type Save, type Settings } from './saveSchema.ts';

export type Screen = 'title' | 'settings' | 'mission';

export interface GameState {
  settings: Settings;
  career: Career | null;
  run: MissionRun | null;
  screen: Screen;
  notices: Notice[];
  /** Why the last choice was refused, until the next accepted one. */
  refusal: ChoiceError | null;

  setLanguage(language: Lang): void;
  setMuted(muted: boolean): void;
  openSettings(): void;
  closeSettings(): void;
  newCareer(): void;
  continueCareer(): void;
  choose(choice: Choice): boolean;
  finishMission(): void;
  dismissNotice(notice: Notice): void;
}

export interface StoreDeps {
  catalogue: Catalogue;
  storage: SafeStorage;
  /** Where new careers get their seed; the browser passes a random source, tests a fixed one. */
  newSeed: () => number;
  defaultLanguage?: Lang;
}

const runSeed = (career: Career) => (career.seed + career.index * 7919) | 0;

function restoreRun(save: Save, deps: StoreDeps, notices: Notice[]): MissionRun | null {
  if (!save.run) return null;
  try {
    return replay(save.run.missionId, save.run.seed, save.run.choices, deps.catalogue);
  } catch (e) {
    backupSave(deps.storage, JSON.stringify(save), `run could not be replayed: ${(e as Error).message}`);
    notices.push('save-unreadable');
    return null;
  }
}

function toSave(s: GameState): Save {
  const run = s.run ? { missionId: s.run.missionId, seed: s.run.seed, choices: s.run.choices } : null;
  return { version: SAVE_VERSION, settings: s.settings, career: s.career, run };
}

export function createGameStore(deps: StoreDeps) {
  const loaded = loadSave(deps.storage);
  const notices = [...loaded.notices];
  const run = loaded.save ? restoreRun(loaded.save, deps, notices) : null;
  const cat = deps.catalogue;

  const store = createStore<GameState>()(
    subscribeWithSelector((set, get) => ({
      settings: loaded.save?.settings ?? { language: deps.defaultLanguage ?? 'fr', muted: false },
      career: loaded.save?.career ?? null,
      run,
      screen: 'title',
      notices,
      refusal: null,

      setLanguage: (language) => set({ settings: { ...get().settings, language } }),
      setMuted: (muted) => set({ settings: { ...get().settings, muted } }),
      openSettings: () => set({ screen: 'settings' }),
      closeSettings: () => set({ screen: 'title' }),

      newCareer: () => {
        const career: Career = { seed: deps.newSeed() | 0, index: 0, results: [], factsMet: [], done: false };
        const first = cat.career[0] as string;
        set({ career, run: startRun(first, runSeed(career)), screen: 'mission', refusal: null });
      },

      continueCareer: () => {
        const { career, run: current } = get();
        if (!career || career.done) return;
        const missionId = cat.career[career.index];
        if (!missionId) return;
        set({ run: current ?? startRun(missionId, runSeed(career)), screen: 'mission', refusal: null });
      },

      choose: (choice) => {
        const current = get().run;
        if (!current) return false;
        const result = applyChoice(current, choice, cat);
        set(result.ok ? { run: result.run, refusal: null } : { refusal: result.error });
        return result.ok;
      },

      finishMission: () => {
        const { career, run: current } = get();
        if (!career || !current?.outcome) return;
        const mission = cat.missions[current.missionId];
        const fact = mission ? factToShow(mission.facts, career.factsMet) : undefined;
        const index = career.index + 1;
        const next: Career = {
          ...career,
          index,
          results: [
            ...career.results,
            { missionId: current.missionId, stars: current.outcome.stars, score: current.outcome.score },
          ],
          factsMet: fact && !career.factsMet.includes(fact) ? [...career.factsMet, fact] : career.factsMet,
          done: index >= cat.career.length,
        };
        const nextMission = cat.career[index];
        set(
          nextMission
            ? { career: next, run: startRun(nextMission, runSeed(next)), screen: 'mission' }
            : { career: next, run: null, screen: 'title' },
        );
      },

      dismissNotice: (notice) => set({ notices: get().notices.filter((n) => n !== notice) }),
    })),
  );

  store.subscribe(
    (s) => [s.settings, s.career, s.run] as const,
    () => writeSave(deps.storage, toSave(store.getState())),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  deps.storage.onDegraded(() => {
    const n = store.getState().notices;
    if (!n.includes('storage-unavailable')) store.setState({ notices: [...n, 'storage-unavailable'] });
  });
  return store;
}

export type GameStore = ReturnType<typeof createGameStore>;
