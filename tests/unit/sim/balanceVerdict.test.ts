import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../src/content/types.ts';
import { balanceMission, type StrategyResult } from '../../../src/sim/balance.ts';
import {
  balanceDraft,
  balanceSeeds,
  balanceSteps,
  balanceVerdict,
  mergeResults,
  WORKSHOP_SEARCH_SEEDS,
  WORKSHOP_SEEDS,
} from '../../../src/sim/balanceVerdict.ts';
import { realCatalogue } from '../fixtures.ts';

/** A strategy's result from its star counts (0 to 3 stars), with a made-up best score. */
const result = (strategy: string, stars: number[], bestScore = 50): StrategyResult => {
  const games = stars.reduce((a, b) => a + b, 0);
  return { strategy, stars, meanStars: stars.reduce((s, n, k) => s + k * n, 0) / games, bestScore };
};
const mission = (express: boolean) => ({ id: 'essai', express }) as Mission;

describe('the verdict of the workshop’s balance test', () => {
  it('says three stars are reachable when one game of any strategy got them', () => {
    const v = balanceVerdict(mission(false), [
      result('random', [8, 0, 0, 0]),
      result('search', [0, 0, 1, 1], 82),
    ]);
    expect(v).toMatchObject({ threeStars: true, bestStars: 3, bestScore: 82 });
    const short = balanceVerdict(mission(false), [result('greedy', [0, 1, 7, 0], 71)]);
    expect(short).toMatchObject({ threeStars: false, bestStars: 2, bestScore: 71 });
  });

  it('lets a fixed recipe win with 2 stars or more on more than half its games, not on exactly half', () => {
    const v = balanceVerdict(mission(false), [
      result('recipe:cheap-web', [0, 4, 4, 0]),
      result('recipe:mooc-forum', [0, 3, 4, 1]),
      result('recipe:module-scorm', [0, 0, 2, 6]),
      result('greedy', [0, 0, 0, 8]),
    ]);
    expect(v.recipeWins).toEqual(['recipe:module-scorm', 'recipe:mooc-forum']);
  });

  it('counts a storyboard recipe only on a mission whose storyboard the player builds', () => {
    const results = [result('storyboard:whole-deck', [0, 0, 8, 0])];
    expect(balanceVerdict(mission(false), results).recipeWins).toEqual(['storyboard:whole-deck']);
    expect(balanceVerdict(mission(true), results).recipeWins).toEqual([]);
  });

  it('gives random play’s mean stars and the games played', () => {
    const v = balanceVerdict(mission(false), [
      result('random', [6, 2, 0, 0]),
      result('greedy', [0, 0, 1, 1]),
    ]);
    expect(v.randomMeanStars).toBe(0.25);
    expect(v.games).toBe(10);
  });

  it('merges one strategy’s seeds into one result', () => {
    const [merged] = mergeResults([result('greedy', [0, 1, 0, 0], 40), result('greedy', [0, 0, 0, 1], 90)]);
    expect(merged).toEqual({ strategy: 'greedy', stars: [0, 1, 0, 1], meanStars: 2, bestScore: 90 });
  });
});

describe('the workshop’s balance test', () => {
  it('plays every strategy of npm run balance on 8 seeds, the search on 2', () => {
    const steps = balanceSteps();
    expect(steps.filter((s) => s.strategy === 'greedy').map((s) => s.seed)).toEqual(
      balanceSeeds(WORKSHOP_SEEDS),
    );
    expect(steps.filter((s) => s.strategy === 'search').map((s) => s.seed)).toEqual([1000, 8919]);
    expect(WORKSHOP_SEARCH_SEEDS).toBe(2);
  });

  it('finds, step by step, what balanceMission finds on the same seeds, and says its progress up to 1', () => {
    const cat = realCatalogue();
    const m = cat.missions['module-securite-entrepot'] as Mission;
    const only = ['random', 'greedy', 'recipe:'];
    const steps = balanceSteps(3, 0).filter((s) => only.some((o) => s.strategy.startsWith(o)));
    const said: number[] = [];
    const v = balanceDraft(m, cat, steps, (done) => said.push(done));
    const whole = balanceMission(m, balanceSeeds(3), cat, only);
    expect(v.bestStars).toBe(whole.bestStars);
    expect(v.bestScore).toBe(whole.bestScore);
    expect(v.randomMeanStars).toBe(whole.results.find((r) => r.strategy === 'random')?.meanStars);
    expect(said).toHaveLength(steps.length);
    expect(said.at(-1)).toBe(1);
    expect(said).toEqual([...said].sort((a, b) => a - b));
  });
});
