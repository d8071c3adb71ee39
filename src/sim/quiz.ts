import type { QuizQuestion } from '../content/types.ts';
import { nextRandom } from './rng.ts';

/**
 * The end-of-career quiz: `count` distinct questions drawn from the catalogue with the career's seed, so
 * the same career always gets the same quiz (and a class sharing a seed, the same one).
 */
export function pickQuiz(questions: readonly QuizQuestion[], seed: number, count: number): QuizQuestion[] {
  const pool = [...questions];
  let state = seed | 0;
  const picked: QuizQuestion[] = [];
  while (picked.length < count && pool.length > 0) {
    const draw = nextRandom(state);
    state = draw.state;
    const [q] = pool.splice(Math.floor(draw.value * pool.length), 1);
    if (q) picked.push(q);
  }
  return picked;
}

export const isRight = (q: QuizQuestion, answer: number): boolean => q.answer === answer;

/** How many of the answers given so far are right (answers[i] answers questions[i]). */
export function quizScore(questions: readonly QuizQuestion[], answers: readonly number[]): number {
  return answers.filter((a, i) => {
    const q = questions[i];
    return q !== undefined && isRight(q, a);
  }).length;
}
