import { describe, expect, it } from 'vitest';
import { isRight, pickQuiz, quizScore } from '../../../src/sim/quiz.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const n = cat.rules.quizLength;
const allFacts = Object.keys(cat.facts);
const factOf = (id: string) => cat.quiz.find((q) => q.id === id)?.fact;
const ids = (seed: number, met: readonly string[], attempt = 0) =>
  pickQuiz(cat.quiz, { seed, met, attempt }, n).map((q) => q.id);

describe('the end-of-career quiz', () => {
  it('has a question on every fact of the notebook, and never cites a text the player never saw', () => {
    expect(new Set(cat.quiz.map((q) => q.fact))).toEqual(new Set(allFacts));
    for (const q of cat.quiz) expect(`${q.question.fr} ${q.question.en}`).not.toMatch(/article/i);
  });

  it('draws the same questions for the same career and go', () => {
    for (const seed of [0, 1, 42, -7, 2 ** 31 - 1]) expect(ids(seed, allFacts)).toEqual(ids(seed, allFacts));
  });

  it('asks only about the facts the player met, one question per fact while there are enough', () => {
    const met = ['F02', 'F09', 'F11', 'F18', 'F23', 'F24', 'F12'];
    for (let seed = 0; seed < 100; seed++) {
      const facts = ids(seed, met).map(factOf);
      expect(facts).toHaveLength(n);
      for (const f of facts) expect(met).toContain(f);
      expect(new Set(facts).size).toBe(n);
    }
  });

  it('tops up with other facts only when the player met too few', () => {
    const picked = ids(3, ['F18', 'F19']).map(factOf);
    expect(picked).toHaveLength(n);
    expect(picked.slice(0, 2).sort()).toEqual(['F18', 'F19']);
    expect(new Set(ids(3, ['F18', 'F19'])).size).toBe(n);
  });

  it('draws anew on a retry, with at least one question the last go did not ask', () => {
    for (let seed = 0; seed < 100; seed++) {
      const first = ids(seed, allFacts, 0);
      const again = ids(seed, allFacts, 1);
      expect(
        again.some((id) => !first.includes(id)),
        `seed ${seed}`,
      ).toBe(true);
    }
  });

  it('varies with the seed, and every question can come up', () => {
    const draws = Array.from({ length: 300 }, (_, seed) => ids(seed, allFacts));
    expect(new Set(draws.map((d) => d.join())).size).toBeGreaterThan(250);
    expect(new Set(draws.flat())).toEqual(new Set(cat.quiz.map((q) => q.id)));
  });

  it('gives the whole pool when asked for more than it holds, and nothing from an empty one', () => {
    expect(pickQuiz(cat.quiz.slice(0, 3), { seed: 9, met: [], attempt: 0 }, n)).toHaveLength(3);
    expect(pickQuiz([], { seed: 9, met: allFacts, attempt: 2 }, n)).toEqual([]);
  });

  it('counts the right answers, each against its own question', () => {
    const qs = pickQuiz(cat.quiz, { seed: 3, met: allFacts, attempt: 0 }, n);
    const right = qs.map((q) => q.answer);
    const wrong = qs.map((q) => (q.answer + 1) % q.options.length);
    expect(quizScore(qs, right)).toBe(n);
    expect(quizScore(qs, wrong)).toBe(0);
    expect(quizScore(qs, [right[0] as number, wrong[1] as number, right[2] as number])).toBe(2);
    expect(quizScore(qs, [])).toBe(0);
    expect(isRight(qs[0] as (typeof qs)[number], right[0] as number)).toBe(true);
  });
});
