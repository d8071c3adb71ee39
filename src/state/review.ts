import type { Catalogue } from '../content/types.ts';
import type { Career } from '../sim/career.ts';
import { pickQuiz } from '../sim/quiz.ts';

/** The pages of the end-of-career review, in order. */
export const END_PAGES = ['path', 'skills', 'real', 'quiz'] as const;
export type EndPage = (typeof END_PAGES)[number];

/** Where the player is in the end-of-career review (kept in memory only: a reload starts it afresh). */
export interface Review {
  page: EndPage;
  /** The real route into the job on show. */
  route: number;
  /** The quiz's questions (ids, drawn from the facts met), the answers given, the one on screen, the go. */
  quiz: { ids: string[]; answers: number[]; current: number; attempt: number };
}

/** A go at the quiz (0 the first, then each retry): questions drawn anew, nothing answered yet. */
export function freshQuiz(career: Career, attempt: number, cat: Catalogue): Review['quiz'] {
  const draw = { seed: career.seed, met: career.factsMet, attempt };
  return {
    ids: pickQuiz(cat.quiz, draw, cat.rules.quizLength).map((q) => q.id),
    answers: [],
    current: 0,
    attempt,
  };
}
