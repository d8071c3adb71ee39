import type { Catalogue, Colleague } from '../content/types.ts';
import { colleagueFor } from './cast.ts';

/** How a colleague's share of the work grows over the weeks, by their trait: ahead, on time or behind. */
export type Pace = 'ahead' | 'steady' | 'behind';

/** One hired member at their desk: their role, the named colleague if the studio has one, what is done. */
export interface MemberWork {
  role: string;
  colleague: Colleague | undefined;
  /** Their share of the work done so far, 0 to 1 (1 once production is over). */
  done: number;
  pace: Pace;
}

/**
 * The production week on show once `answered` of `total` decisions are taken: the weeks go by between
 * decisions, and with none to take the production is over.
 */
export function productionWeek(answered: number, total: number, weeks: number): number {
  if (total === 0 || answered >= total) return weeks;
  return Math.max(1, Math.round(((answered + 1) / (total + 1)) * weeks));
}

/**
 * Each trait's curve of work done against time gone (both 0 to 1): the fast developer races ahead and the
 * careful expert or the perfectionist keep time for reviews, then catch up; everyone finishes on the last week.
 */
const CURVES: Record<Colleague['trait'] | 'none', (f: number) => number> = {
  fast: (f) => Math.min(1, f * 1.3),
  careful: (f) => f ** 1.4,
  perfectionist: (f) => f ** 1.7,
  cheerful: (f) => f,
  none: (f) => f,
};

const paceOf = (trait: Colleague['trait'] | 'none'): Pace =>
  trait === 'fast' ? 'ahead' : trait === 'careful' || trait === 'perfectionist' ? 'behind' : 'steady';

/** The hired team's work at `week` of `weeks`, member by member, in the team's order. */
export function teamProgress(
  team: readonly string[],
  week: number,
  weeks: number,
  cat: Catalogue,
): MemberWork[] {
  const gone = weeks > 0 ? Math.min(1, Math.max(0, week / weeks)) : 1;
  return team.map((role) => {
    const colleague = colleagueFor(role, cat);
    const trait = colleague?.trait ?? 'none';
    return { role, colleague, done: gone >= 1 ? 1 : CURVES[trait](gone), pace: paceOf(trait) };
  });
}
