import type { Catalogue, Mission, QuizQuestion, Rank, Recruiter } from '../content/types.ts';
import { rankOf } from '../sim/career.ts';
import { quizScore } from '../sim/quiz.ts';
import { type CareerSummary, careerSummary, type TimelineEntry } from '../sim/summary.ts';
import type { GameState, Review } from './store.ts';

/** One mission of the career as the end screen shows it. */
export interface TimelineStep {
  entry: TimelineEntry;
  mission: Mission | undefined;
  recruiter: Recruiter | undefined;
  contract: Catalogue['contracts'][string] | undefined;
  /** The rank this mission earned, when it earned one. */
  rankGained: Rank | null;
}

export interface QuizView {
  questions: QuizQuestion[];
  answers: number[];
  current: number;
  /** The question on screen, or undefined once every question is answered and the score is shown. */
  question: QuizQuestion | undefined;
  /** The answer given to the question on screen, once given. */
  answered: number | undefined;
  score: number;
  done: boolean;
}

export interface EndView {
  review: Review;
  summary: CareerSummary;
  steps: TimelineStep[];
  quiz: QuizView;
}

/** Everything the end-of-career screen draws, read from the finished career and the review in progress. */
export function endView(s: Pick<GameState, 'career' | 'review'>, cat: Catalogue): EndView | null {
  const career = s.career;
  const review = s.review;
  if (!career?.done || !review) return null;
  const summary = careerSummary(career, cat);
  let reputation = 0;
  const steps = summary.timeline.map((entry): TimelineStep => {
    reputation += entry.stars * cat.rules.reputationPerStar;
    const mission = cat.missions[entry.missionId];
    return {
      entry,
      mission,
      recruiter: cat.recruiters[entry.recruiter],
      contract: entry.contract ? cat.contracts[entry.contract] : undefined,
      rankGained: entry.promoted ? rankOf(reputation, cat) : null,
    };
  });
  const questions = review.quiz.ids.flatMap((id) => cat.quiz.filter((q) => q.id === id));
  const { answers, current } = review.quiz;
  return {
    review,
    summary,
    steps,
    quiz: {
      questions,
      answers,
      current,
      question: questions[current],
      answered: answers[current],
      score: quizScore(questions, answers),
      done: current >= questions.length,
    },
  };
}
