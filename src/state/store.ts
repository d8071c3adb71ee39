import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../content/primitives.ts';
import type { Catalogue } from '../content/types.ts';
import { REFERENCE_LANGUAGE } from '../i18n/locale.ts';
import { languages } from '../i18n/t.ts';
import {
  type Career,
  careerSkills,
  meetFacts,
  missionSeed,
  offers,
  openingFacts,
  type PlaylistId,
  recordMission,
  startCareer,
} from '../sim/career.ts';
import { applyChoice, type ChoiceError } from '../sim/choose.ts';
import { isRight } from '../sim/quiz.ts';
import { type Choice, type MissionRun, startRun } from '../sim/run.ts';
import { replaceStoredSave } from './careerFile.ts';
import { END_PAGES, type EndPage, freshQuiz, type Review } from './review.ts';
import type { SafeStorage } from './safeStorage.ts';
import { keepShippedLanguage, loadSave, type Notice, SAVE_KEY, writeSave } from './saveGame.ts';
import { DEFAULT_SETTINGS, type Save, type Settings } from './saveSchema.ts';
import { restoreRun, toSave, validSettings } from './saveState.ts';

export type Screen =
  | 'title'
  | 'settings'
  | 'background'
  | 'offers'
  | 'mission'
  | 'rankup'
  | 'codex'
  | 'credits'
  | 'end';

/** Screens opened over another one, which closing goes back to. */
export type Page = 'settings' | 'codex' | 'credits';

export { END_PAGES, type EndPage, type Review } from './review.ts';

/** What the end of the last mission brought, shown once on the job board. */
export interface LastEnd {
  rankUp: string | null;
  fact: string | undefined;
  /** The facts the post's screen shows: a promotion's, or the first post's at a career's start. */
  facts: string[];
}

export interface GameState {
  settings: Settings;
  career: Career | null;
  run: MissionRun | null;
  /** The contract under which the current mission is played. */
  contract: string | null;
  screen: Screen;
  lastEnd: LastEnd | null;
  /** The fact the results screen has shown (on the page on screen): only a fact seen is met. */
  factSeen: string | null;
  /** The screens under the open page (settings, codex, credits), most recent last. */
  returnTo: Screen[];
  /** The entry the open page was opened at (a word of the codex's glossary), or null for its start. */
  pageAt: string | null;
  /** The end-of-career review, while it is open. */
  review: Review | null;
  notices: Notice[];
  /** Why the last choice was refused, until the next accepted one. */
  refusal: ChoiceError | null;

  setLanguage(language: Lang): void;
  setMuted(muted: boolean): void;
  /** Changes some settings; values out of range are refused (the previous ones stay). */
  updateSettings(patch: Partial<Omit<Settings, 'language'>>): void;
  openSettings(): void;
  closeSettings(): void;
  /** Opens a page over the screen on show, at one of its entries if given (the codex at a glossary word). */
  openPage(page: Page, at?: string): void;
  /** Goes back to the screen the page was opened from. */
  closePage(): void;
  /** Leaves the promotion screen for the job board. */
  closeRankUp(): void;
  /** Starts choosing a background for a new career (the old save goes once one is chosen). */
  newCareer(): void;
  chooseBackground(id: string): void;
  continueCareer(): void;
  acceptOffer(missionId: string): void;
  choose(choice: Choice): boolean;
  finishMission(): void;
  /** Opens the review of a finished career (from the title). */
  openReview(): void;
  showEndPage(page: EndPage): void;
  showRoute(index: number): void;
  /** Answers the quiz question on screen; says whether the answer is right (null when none is expected). */
  answerQuiz(option: number): boolean | null;
  nextQuizQuestion(): void;
  restartQuiz(): void;
  backToTitle(): void;
  dismissNotice(notice: Notice): void;
  /** An imported career replaces the stored one (kept aside); the page then reloads to play it. */
  replaceSave(save: Save): boolean;
  /** The results screen shows its fact. */
  seeFact(fact: string): void;
  /** A post's screen shows this fact: it is met. */
  meetFact(fact: string): void;
}

export interface StoreDeps {
  catalogue: Catalogue;
  storage: SafeStorage;
  /** Where new careers get their seed; the browser passes a random source, tests a fixed one. */
  newSeed: () => number;
  defaultLanguage?: Lang;
  /** Which playlist new careers follow (a class session or a kiosk plays its own). */
  playlist?: PlaylistId;
  saveKey?: string;
  /** Whether a new career opens on its first post's screen (a kiosk goes straight to the first mission). */
  opening?: boolean;
}

export function createGameStore(deps: StoreDeps) {
  const shipped = languages().map((l) => l.id);
  const loaded = keepShippedLanguage(
    loadSave(deps.storage, deps.saveKey),
    shipped,
    deps.defaultLanguage ?? REFERENCE_LANGUAGE,
  );
  const notices = [...loaded.notices];
  const run = loaded.save ? restoreRun(loaded.save, deps, notices) : null;
  const cat = deps.catalogue;
  const quizOf = (career: Career, attempt: number) => freshQuiz(career, attempt, cat);
  const freshReview = (career: Career): Review => ({ page: 'path', route: 0, quiz: quizOf(career, 0) });

  const store = createStore<GameState>()(
    subscribeWithSelector((set, get) => ({
      settings: loaded.save?.settings ?? {
        ...DEFAULT_SETTINGS,
        language: deps.defaultLanguage ?? REFERENCE_LANGUAGE,
      },
      career: (loaded.save?.career as Career | null | undefined) ?? null,
      run,
      contract: run ? (loaded.save?.run?.contract ?? null) : null,
      screen: 'title',
      lastEnd: null,
      factSeen: null,
      returnTo: [],
      pageAt: null,
      review: null,
      notices,
      refusal: null,

      setLanguage: (language) => {
        if (shipped.length === 0 || shipped.includes(language))
          set({ settings: { ...get().settings, language } });
      },
      setMuted: (muted) => set({ settings: { ...get().settings, muted } }),
      updateSettings: (patch) => {
        const next = { ...get().settings, ...validSettings(patch) };
        set({ settings: next });
      },
      openPage: (page, at) => {
        const { screen, returnTo } = get();
        if (screen !== page) set({ screen: page, returnTo: [...returnTo, screen], pageAt: at ?? null });
      },
      closePage: () => {
        const { returnTo } = get();
        set({ screen: returnTo.at(-1) ?? 'title', returnTo: returnTo.slice(0, -1), pageAt: null });
      },
      openSettings: () => get().openPage('settings'),
      closeSettings: () => get().closePage(),
      closeRankUp: () => set({ screen: get().career?.done ? 'end' : 'offers' }),
      newCareer: () => set({ screen: 'background', refusal: null, review: null }),

      chooseBackground: (id) => {
        const career = startCareer(id, deps.newSeed(), deps.playlist ?? 'career', cat);
        const first = cat.ranks[0];
        if (deps.opening === false || !first) {
          set({ career, run: null, contract: null, lastEnd: null, screen: 'offers' });
          return;
        }
        // The first post's screen shows where the player comes from and what the job is (met as it shows them).
        const lastEnd = { rankUp: first.id, fact: undefined, facts: openingFacts(career, cat) };
        set({ career, run: null, contract: null, lastEnd, screen: 'rankup' });
      },

      continueCareer: () => {
        const { career, run: current } = get();
        if (!career || career.done) return;
        set({ screen: current ? 'mission' : 'offers', refusal: null });
      },

      acceptOffer: (missionId) => {
        const career = get().career;
        const offer = career ? offers(career, cat).find((o) => o.missionId === missionId) : undefined;
        if (!career || !offer) return;
        const next = startRun(missionId, missionSeed(career, missionId), careerSkills(career, cat));
        set({
          run: next,
          contract: offer.contract,
          screen: 'mission',
          lastEnd: null,
          factSeen: null,
          refusal: null,
        });
      },

      choose: (choice) => {
        const current = get().run;
        if (!current) return false;
        const result = applyChoice(current, choice, cat);
        set(result.ok ? { run: result.run, refusal: null } : { refusal: result.error });
        return result.ok;
      },

      finishMission: () => {
        const { career, run: current, contract } = get();
        if (!career || !current?.outcome) return;
        const end = recordMission(career, current, contract, cat, get().factSeen);
        set({
          career: end.career,
          run: null,
          contract: null,
          lastEnd: { rankUp: end.rankUp?.id ?? null, fact: end.fact, facts: end.rankFacts },
          // A promotion earned by the last mission is shown before the review.
          screen: end.rankUp ? 'rankup' : end.career.done ? 'end' : 'offers',
          review: end.career.done ? freshReview(end.career) : null,
        });
      },

      openReview: () => {
        const career = get().career;
        if (career?.done) set({ screen: 'end', review: freshReview(career) });
      },

      showEndPage: (page) => {
        const review = get().review;
        if (review && END_PAGES.includes(page)) set({ review: { ...review, page } });
      },

      showRoute: (index) => {
        const review = get().review;
        if (review && index >= 0 && index < cat.routes.length) set({ review: { ...review, route: index } });
      },

      answerQuiz: (option) => {
        const review = get().review;
        const quiz = review?.quiz;
        const question = quiz ? cat.quiz.find((q) => q.id === quiz.ids[quiz.current]) : undefined;
        if (!review || !quiz || !question || quiz.answers.length !== quiz.current) return null;
        if (!Number.isInteger(option) || option < 0 || option >= question.options.length) return null;
        set({ review: { ...review, quiz: { ...quiz, answers: [...quiz.answers, option] } } });
        return isRight(question, option);
      },

      nextQuizQuestion: () => {
        const review = get().review;
        if (!review || review.quiz.answers.length <= review.quiz.current) return;
        set({ review: { ...review, quiz: { ...review.quiz, current: review.quiz.current + 1 } } });
      },

      restartQuiz: () => {
        const review = get().review;
        const career = get().career;
        // A new go draws new questions.
        if (review && career) set({ review: { ...review, quiz: quizOf(career, review.quiz.attempt + 1) } });
      },

      backToTitle: () => set({ screen: 'title', review: null, returnTo: [], pageAt: null }),
      dismissNotice: (notice) => set({ notices: get().notices.filter((n) => n !== notice) }),
      replaceSave: (save) => replaceStoredSave(deps.storage, deps.saveKey ?? SAVE_KEY, save),
      seeFact: (fact) => {
        if (get().factSeen !== fact) set({ factSeen: fact });
      },
      meetFact: (fact) => {
        const career = get().career;
        if (career && cat.facts[fact] && !career.factsMet.includes(fact))
          set({ career: meetFacts(career, [fact]) });
      },
    })),
  );

  store.subscribe(
    (s) => [s.settings, s.career, s.run, s.contract] as const,
    () => writeSave(deps.storage, toSave(store.getState()), deps.saveKey),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  deps.storage.onDegraded(() => {
    const n = store.getState().notices;
    if (!n.includes('storage-unavailable')) store.setState({ notices: [...n, 'storage-unavailable'] });
  });
  return store;
}

export type GameStore = ReturnType<typeof createGameStore>;
