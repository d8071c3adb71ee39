import { describe, expect, it } from 'vitest';
import { isRight, pickQuiz, quizScore } from '../../../src/sim/quiz.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const n = cat.rules.quizLength;

describe('the end-of-career quiz', () => {
  it('draws the same questions for the same seed', () => {
    for (const seed of [0, 1, 42, -7, 2 ** 31 - 1]) {
      expect(pickQuiz(cat.quiz, seed, n).map((q) => q.id)).toEqual(
        pickQuiz(cat.quiz, seed, n).map((q) => q.id),
      );
    }
  });

  it('draws the configured number of distinct questions, all from the catalogue', () => {
    expect(n).toBe(5);
    for (let seed = 0; seed < 200; seed++) {
      const picked = pickQuiz(cat.quiz, seed, n);
      expect(picked).toHaveLength(n);
      expect(new Set(picked.map((q) => q.id)).size).toBe(n);
      for (const q of picked) expect(cat.quiz).toContain(q);
    }
  });

  it('varies with the seed, and every question can come up', () => {
    const draws = Array.from({ length: 200 }, (_, seed) => pickQuiz(cat.quiz, seed, n).map((q) => q.id));
    expect(new Set(draws.map((d) => d.join())).size).toBeGreaterThan(150);
    expect(new Set(draws.flat())).toEqual(new Set(cat.quiz.map((q) => q.id)));
  });

  it('gives the whole pool when asked for more than it holds, and nothing from an empty one', () => {
    expect(pickQuiz(cat.quiz.slice(0, 3), 9, n)).toHaveLength(3);
    expect(pickQuiz([], 9, n)).toEqual([]);
  });

  it('counts the right answers, each against its own question', () => {
    const qs = pickQuiz(cat.quiz, 3, n);
    const right = qs.map((q) => q.answer);
    const wrong = qs.map((q) => (q.answer + 1) % q.options.length);
    expect(quizScore(qs, right)).toBe(n);
    expect(quizScore(qs, wrong)).toBe(0);
    expect(quizScore(qs, [right[0] as number, wrong[1] as number, right[2] as number])).toBe(2);
    expect(quizScore(qs, [])).toBe(0);
    expect(isRight(qs[0] as (typeof qs)[number], right[0] as number)).toBe(true);
  });
});
