import { describe, expect, it } from 'vitest';
import type { Catalogue, QuizQuestion } from '../../../src/content/types.ts';
import { offers, recordMission } from '../../../src/sim/career.ts';
import { pickQuiz } from '../../../src/sim/quiz.ts';
import { endView } from '../../../src/state/endView.ts';
import { type KeyValueStorage, memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { SAVE_KEY } from '../../../src/state/saveGame.ts';
import { createGameStore, type GameStore } from '../../../src/state/store.ts';
import { resultsView, viewFor } from '../../../src/state/views.ts';
import { handCatalogue } from '../fixtures.ts';
import { playThrough } from '../modes/playThrough.ts';

const text = (s: string) => ({ fr: s, en: s });
const question = (i: number): QuizQuestion => ({
  id: `q${i}`,
  question: text(`Q${i}`),
  options: [text('a'), text('b'), text('c'), text('d')],
  answer: i % 4,
  fact: 'F01',
});
const catalogue: Catalogue = { ...handCatalogue(), quiz: Array.from({ length: 9 }, (_, i) => question(i)) };
const SEED = 1234;
const make = (backend: KeyValueStorage = memoryStorage()) =>
  createGameStore({ catalogue, storage: new SafeStorage(backend), newSeed: () => SEED });

/** Plays missions from the job board until one is left (or none), leaving the last one at its results. */
function playCareer(store: GameStore, stopBeforeLast = false): void {
  store.getState().newCareer();
  store.getState().chooseBackground('b');
  for (let guard = 0; guard < 10; guard++) {
    const career = store.getState().career;
    const offer = career ? offers(career, catalogue)[0] : undefined;
    if (!career || career.done || !offer) return;
    store.getState().acceptOffer(offer.missionId);
    playThrough(store, catalogue);
    const { career: now, run, contract } = store.getState();
    // Would finishing this mission end the career? (The rule itself, on the state as it is.)
    const last = !!now && !!run && recordMission(now, run, contract, catalogue).career.done;
    if (stopBeforeLast && last) return;
    // The results screen shows its fact, as the player sees it.
    const fact = resultsView(store.getState(), catalogue)?.fact;
    if (fact) store.getState().seeFact(fact);
    store.getState().finishMission();
  }
}

const quizOf = (store: GameStore) => store.getState().review?.quiz;
const current = (store: GameStore) => {
  const q = quizOf(store);
  return catalogue.quiz.find((x) => x.id === q?.ids[q.current]) as QuizQuestion;
};

describe('the end of a career in the store', () => {
  it('goes to the end screen, not the title, when the last mission is finished', () => {
    const store = make();
    playCareer(store, true);
    expect(viewFor(store.getState())).toBe('results');
    store.getState().finishMission();
    const s = store.getState();
    expect(s.career?.done).toBe(true);
    expect(s.screen).toBe('end');
    expect(viewFor(s)).toBe('end');
    expect(s.review?.page).toBe('path');
    const met = s.career?.factsMet ?? [];
    expect(s.review?.quiz).toEqual({
      ids: pickQuiz(catalogue.quiz, { seed: SEED, met, attempt: 0 }, catalogue.rules.quizLength).map(
        (q) => q.id,
      ),
      answers: [],
      current: 0,
      attempt: 0,
    });
    // Every question is about a fact the career met.
    for (const id of s.review?.quiz.ids ?? [])
      expect(met).toContain(catalogue.quiz.find((q) => q.id === id)?.fact);
  });

  it('shows the career in the end view: one step per mission, in order, with the ranks gained', () => {
    const store = make();
    playCareer(store);
    const view = endView(store.getState(), catalogue);
    const history = store.getState().career?.history ?? [];
    expect(view?.steps.map((s) => s.entry.missionId)).toEqual(history.map((h) => h.missionId));
    expect(view?.steps.map((s) => s.entry.stars)).toEqual(history.map((h) => h.stars));
    for (const step of view?.steps ?? []) expect(!!step.rankGained).toBe(step.entry.promoted);
    expect(view?.summary.totalStars).toBe(history.reduce((a, h) => a + h.stars, 0));
    expect(view?.quiz.questions).toHaveLength(5);
  });

  it('after a reload, lands on the title, from where the review opens again', () => {
    const backend = memoryStorage();
    playCareer(make(backend));
    const again = make(backend);
    expect(viewFor(again.getState())).toBe('title');
    expect(again.getState().career?.done).toBe(true);
    expect(again.getState().review).toBeNull();
    again.getState().openReview();
    expect(viewFor(again.getState())).toBe('end');
    expect(again.getState().review?.quiz.answers).toEqual([]);
  });

  it('opens no review of a career still under way', () => {
    const store = make();
    store.getState().newCareer();
    store.getState().chooseBackground('b');
    store.getState().closeRankUp();
    store.getState().openReview();
    expect(viewFor(store.getState())).toBe('offers');
    expect(store.getState().review).toBeNull();
  });

  it('turns the pages and picks the route on show, refusing what does not exist', () => {
    const store = make();
    playCareer(store);
    store.getState().showEndPage('quiz');
    expect(store.getState().review?.page).toBe('quiz');
    store.getState().showEndPage('nowhere' as never);
    expect(store.getState().review?.page).toBe('quiz');
    const cat2 = catalogue.routes.length;
    store.getState().showRoute(cat2 + 3);
    expect(store.getState().review?.route).toBe(0);
  });

  it('takes one answer per question, says whether it is right, then moves on to the score', () => {
    const store = make();
    playCareer(store);
    const s = () => store.getState();
    const q0 = current(store);
    expect(s().answerQuiz(q0.answer)).toBe(true);
    // Answered: a second answer is refused until the next question.
    expect(s().answerQuiz((q0.answer + 1) % 4)).toBeNull();
    expect(quizOf(store)?.answers).toEqual([q0.answer]);
    s().nextQuizQuestion();
    expect(quizOf(store)?.current).toBe(1);
    // Not answered yet: no skipping ahead.
    s().nextQuizQuestion();
    expect(quizOf(store)?.current).toBe(1);
    expect(s().answerQuiz(9)).toBeNull();
    for (let i = 1; i < 5; i++) {
      const q = current(store);
      expect(s().answerQuiz(i % 2 ? (q.answer + 1) % 4 : q.answer)).toBe(i % 2 === 0);
      s().nextQuizQuestion();
    }
    const view = endView(s(), catalogue);
    expect(view?.quiz.done).toBe(true);
    expect(view?.quiz.question).toBeUndefined();
    expect(view?.quiz.score).toBe(3);
    expect(s().answerQuiz(0)).toBeNull();
    const firstGo = quizOf(store)?.ids ?? [];
    s().restartQuiz();
    expect(quizOf(store)).toMatchObject({ answers: [], current: 0, attempt: 1 });
    // "Refaire le quiz" asks at least one new question.
    expect((quizOf(store)?.ids ?? []).some((id) => !firstGo.includes(id))).toBe(true);
  });

  it('keeps the review out of the save, and goes back to the title or on to a new career', () => {
    const backend = memoryStorage();
    const store = make(backend);
    playCareer(store);
    store.getState().answerQuiz(0);
    const saved = JSON.parse(backend.getItem(SAVE_KEY) ?? '{}');
    expect(Object.keys(saved).sort()).toEqual(['career', 'run', 'settings', 'version']);
    store.getState().backToTitle();
    expect(viewFor(store.getState())).toBe('title');
    expect(store.getState().review).toBeNull();
    store.getState().openReview();
    store.getState().newCareer();
    expect(viewFor(store.getState())).toBe('background');
    expect(store.getState().review).toBeNull();
  });
});
