import type { MissionRun } from './run.ts';
import { greedyPlay, searchPlay } from './search.ts';
import { RECIPES, randomPlay, recipePlay, type Strategy } from './strategies.ts';
import type { Catalogue, Mission } from './types.ts';

export interface StrategyResult {
  strategy: string;
  /** How many seeds ended on 0, 1, 2 and 3 stars. */
  stars: [number, number, number, number];
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
    ['search', searchPlay(3)],
  ];
}

function summarise(name: string, runs: (MissionRun | null)[]): StrategyResult {
  const stars: [number, number, number, number] = [0, 0, 0, 0];
  let best = 0;
  for (const run of runs) {
    const s = run?.outcome?.stars ?? 0;
    stars[s] += 1;
    best = Math.max(best, run?.outcome?.score ?? 0);
  }
  const n = runs.length || 1;
  return { strategy: name, stars, meanStars: (stars[1] + 2 * stars[2] + 3 * stars[3]) / n, bestScore: best };
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
  const bestStars = Math.max(...results.map((r) => (r.stars[3] ? 3 : r.stars[2] ? 2 : r.stars[1] ? 1 : 0)));
  return { missionId: m.id, results, bestScore, bestStars };
}

export function balanceCampaign(cat: Catalogue, seeds: number[], only?: string[]): MissionBalance[] {
  const ids = [...new Set([...cat.playlists.career, ...cat.playlists.classroom, ...cat.playlists.kiosk])];
  return ids.flatMap((id) => {
    const m = cat.missions[id];
    return m ? [balanceMission(m, seeds, cat, only)] : [];
  });
}
