import type { Catalogue, Mission } from '../content/types.ts';
import { MAX_STARS, PLAYLISTS } from '../content/vocabulary.ts';
import type { MissionRun } from './run.ts';
import { greedyPlay, searchPlay, storyboardRecipePlay } from './search.ts';
import { STORYBOARD_RECIPES } from './storyboards.ts';
import { RECIPES, randomPlay, recipePlay, type Strategy } from './strategies.ts';

export interface StrategyResult {
  strategy: string;
  /** How many seeds ended on each number of stars, from 0 to MAX_STARS. */
  stars: number[];
  meanStars: number;
  bestScore: number;
}

export interface MissionBalance {
  missionId: string;
  results: StrategyResult[];
  bestScore: number;
  bestStars: number;
}

export function strategies(): [string, Strategy][] {
  return [
    ['random', randomPlay(17)],
    ['greedy', greedyPlay],
    ...RECIPES.map((r): [string, Strategy] => [`recipe:${r.id}`, recipePlay(r)]),
    ...STORYBOARD_RECIPES.map((r): [string, Strategy] => [`storyboard:${r.id}`, storyboardRecipePlay(r)]),
    ['search', searchPlay(3)],
  ];
}

function summarise(name: string, runs: (MissionRun | null)[]): StrategyResult {
  const stars = new Array<number>(MAX_STARS + 1).fill(0);
  let best = 0;
  for (const run of runs) {
    const s = run?.outcome?.stars ?? 0;
    stars[s] = (stars[s] ?? 0) + 1;
    best = Math.max(best, run?.outcome?.score ?? 0);
  }
  const n = runs.length || 1;
  const meanStars = stars.reduce((sum, count, k) => sum + k * count, 0) / n;
  return { strategy: name, stars, meanStars, bestScore: best };
}

/** Plays one mission with every strategy over the given seeds (random play gets more seeds: it varies most). */
export function balanceMission(m: Mission, seeds: number[], cat: Catalogue, only?: string[]): MissionBalance {
  const results = strategies()
    .filter(([name]) => !only || only.some((o) => name.startsWith(o)))
    .map(([name, play]) => {
      const runs =
        name === 'random'
          ? seeds.flatMap((s) => [0, 1, 2, 3].map((k) => randomPlay(17 + k)(m, s, cat)))
          : seeds.map((s) => play(m, s, cat));
      return summarise(name, runs);
    });
  const bestScore = Math.max(...results.map((r) => r.bestScore));
  const bestStars = Math.max(0, ...results.flatMap((r) => r.stars.map((count, k) => (count > 0 ? k : 0))));
  return { missionId: m.id, results, bestScore, bestStars };
}

export function balanceCampaign(cat: Catalogue, seeds: number[], only?: string[]): MissionBalance[] {
  const ids = [...new Set(PLAYLISTS.flatMap((p) => cat.playlists[p]))];
  return ids.flatMap((id) => {
    const m = cat.missions[id];
    return m ? [balanceMission(m, seeds, cat, only)] : [];
  });
}
