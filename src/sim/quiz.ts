import type { QuizQuestion } from '../content/types.ts';
import { nextRandom } from './rng.ts';

export interface QuizDraw {
  /** The career's seed, so the same career gets the same quiz (and a class sharing a seed, the same one). */
  seed: number;
  /** The facts the player has met on screen: the questions come from these first. */
  met: readonly string[];
  /** 0 for the first go, 1 for the first retry…: each go draws anew. */
  attempt: number;
}

/** Shuffles a copy of `list` with the seeded generator. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const pool = [...list];
  let state = seed | 0;
  const out: T[] = [];
  while (pool.length > 0) {
    const draw = nextRandom(state);
    state = draw.state;
    const [item] = pool.splice(Math.floor(draw.value * pool.length), 1);
    if (item) out.push(item);
  }
  return out;
}

/**
 * The end-of-career quiz: `count` distinct questions about the facts the player met, one per fact while
 * there are enough of them; only a player who met too few facts gets questions on others. A retry draws
 * again and, where the pool allows, asks at least one question the last go did not.
 */
export function pickQuiz(questions: readonly QuizQuestion[], draw: QuizDraw, count: number): QuizQuestion[] {
  const pick = (attempt: number) => {
    const order = shuffled(questions, Math.imul(draw.seed ^ 0x5bd1e995, attempt + 1) ^ attempt);
    const met = order.filter((q) => draw.met.includes(q.fact));
    const oneEach = met.filter((q, i) => met.findIndex((x) => x.fact === q.fact) === i);
    const rest = [...met.filter((q) => !oneEach.includes(q)), ...order.filter((q) => !met.includes(q))];
    return [...oneEach, ...rest].slice(0, count);
  };
  const first = pick(draw.attempt);
  if (draw.attempt === 0) return first;
  const before = new Set(pick(draw.attempt - 1).map((q) => q.id));
  for (let k = 0; k < 8; k++) {
    const next = k === 0 ? first : pick(draw.attempt + 100 * k);
    if (next.some((q) => !before.has(q.id))) return next;
  }
  return first;
}

export const isRight = (q: QuizQuestion, answer: number): boolean => q.answer === answer;

/** How many of the answers given so far are right (answers[i] answers questions[i]). */
export function quizScore(questions: readonly QuizQuestion[], answers: readonly number[]): number {
  return answers.filter((a, i) => {
    const q = questions[i];
    return q !== undefined && isRight(q, a);
  }).length;
}
