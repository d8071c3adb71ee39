import type { Catalogue, Mission } from '../content/types.ts';
import { MAX_STARS } from '../content/vocabulary.ts';
import { balanceMission, type StrategyResult, strategies } from './balance.ts';

/**
 * How many seeds each strategy plays in the workshop's balance test: enough for "most seeds" to mean something,
 * few enough for a few seconds on a school PC. The search plays fewer: each of its games tries many plans, and
 * three stars need only one game that gets them.
 */
export const WORKSHOP_SEEDS = 8;
export const WORKSHOP_SEARCH_SEEDS = 2;

/** The seeds `npm run balance` plays, the first n of them. */
export const balanceSeeds = (n: number): number[] => Array.from({ length: n }, (_, i) => 1000 + i * 7919);

/** One strategy on one seed: a slice of the test, between two of which the progress is said. */
export interface BalanceStep {
  strategy: string;
  seed: number;
  /** About how long it takes next to the others, so the progress moves with the time. */
  weight: number;
}

/** What one game of a strategy costs, roughly: the search tries dozens of plans, a fixed recipe one. */
function weightOf(strategy: string): number {
  if (strategy === 'search') return 100;
  if (strategy === 'greedy' || strategy.startsWith('storyboard:')) return 4;
  return 1;
}

/** Every strategy of `npm run balance`, each on its seeds, one step per seed. */
export function balanceSteps(seeds = WORKSHOP_SEEDS, searchSeeds = WORKSHOP_SEARCH_SEEDS): BalanceStep[] {
  return strategies().flatMap(([strategy]) =>
    balanceSeeds(strategy === 'search' ? searchSeeds : seeds).map((seed) => ({
      strategy,
      seed,
      weight: weightOf(strategy),
    })),
  );
}

/** Plays one step: the strategy's result on that one seed. */
export function playStep(m: Mission, cat: Catalogue, step: BalanceStep): StrategyResult {
  const found = balanceMission(m, [step.seed], cat, [step.strategy]).results.find(
    (r) => r.strategy === step.strategy,
  );
  if (!found) throw new Error(`no strategy named "${step.strategy}"`);
  return found;
}

/** The results of each strategy over several seeds as one per strategy, in the order first met. */
export function mergeResults(parts: readonly StrategyResult[]): StrategyResult[] {
  const merged = new Map<string, StrategyResult>();
  for (const p of parts) {
    const had = merged.get(p.strategy);
    const stars = had ? had.stars.map((n, k) => n + (p.stars[k] ?? 0)) : [...p.stars];
    const games = stars.reduce((a, b) => a + b, 0) || 1;
    merged.set(p.strategy, {
      strategy: p.strategy,
      stars,
      meanStars: stars.reduce((sum, n, k) => sum + k * n, 0) / games,
      bestScore: Math.max(had?.bestScore ?? 0, p.bestScore),
    });
  }
  return [...merged.values()];
}

/** What the balance test tells a mission's author. */
export interface BalanceVerdict {
  missionId: string;
  /** Some strategy got MAX_STARS on some seed. */
  threeStars: boolean;
  bestStars: number;
  bestScore: number;
  /** The fixed recipes that get 2 stars or more on more than half their games, the strongest first. */
  recipeWins: string[];
  /** Random play's mean stars: a mission that rewards no thought gives it 1 or more. */
  randomMeanStars: number;
  /** The games played, all strategies together. */
  games: number;
}

const gamesOf = (r: StrategyResult) => r.stars.reduce((a, b) => a + b, 0);
const twoStarsOrMore = (r: StrategyResult) => r.stars.slice(2).reduce((a, b) => a + b, 0);

/**
 * The verdict of `npm run balance` on one mission: three stars reachable when any strategy got them once; a
 * fixed recipe wins when it gets 2 stars or more on more than half its games (a storyboard recipe counts only
 * on a mission whose storyboard the player builds, not an express one, which plays its deck as listed).
 */
export function balanceVerdict(m: Mission, results: readonly StrategyResult[]): BalanceVerdict {
  const merged = mergeResults(results);
  const bestStars = Math.max(0, ...merged.flatMap((r) => r.stars.map((n, k) => (n > 0 ? k : 0))));
  const counts = (r: StrategyResult) =>
    r.strategy.startsWith('recipe:') || (r.strategy.startsWith('storyboard:') && !m.express);
  const share = (r: StrategyResult) => twoStarsOrMore(r) / (gamesOf(r) || 1);
  const recipeWins = merged
    .filter((r) => counts(r) && twoStarsOrMore(r) > gamesOf(r) / 2)
    .sort((a, b) => share(b) - share(a))
    .map((r) => r.strategy);
  return {
    missionId: m.id,
    threeStars: bestStars === MAX_STARS,
    bestStars,
    bestScore: Math.max(0, ...merged.map((r) => r.bestScore)),
    recipeWins,
    randomMeanStars: merged.find((r) => r.strategy === 'random')?.meanStars ?? 0,
    games: merged.reduce((sum, r) => sum + gamesOf(r), 0),
  };
}

/** Plays every step, saying the share done after each, and gives the verdict. */
export function balanceDraft(
  m: Mission,
  cat: Catalogue,
  steps: readonly BalanceStep[],
  progress: (done: number) => void = () => {},
): BalanceVerdict {
  const total = steps.reduce((sum, s) => sum + s.weight, 0) || 1;
  let done = 0;
  const results = steps.map((step) => {
    const result = playStep(m, cat, step);
    done += step.weight;
    progress(done / total);
    return result;
  });
  return balanceVerdict(m, results);
}
