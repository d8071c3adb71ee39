import type { Catalogue, Rank, SkillLevels } from '../content/types.ts';
import { MAX_STARS } from '../content/vocabulary.ts';
import { type Career, careerSkills, rankOf } from './career.ts';

export interface TimelineEntry {
  missionId: string;
  recruiter: string;
  stars: number;
  score: number;
  contract: string | null;
  /** Rank held when it was played, and whether this mission earned the next one. */
  rank: string;
  promoted: boolean;
}

export interface CareerSummary {
  timeline: TimelineEntry[];
  skills: SkillLevels;
  /** The background's levels, to show how far each skill grew. */
  startSkills: SkillLevels;
  rank: Rank;
  totalStars: number;
  maxStars: number;
  factsMet: string[];
  /** Facts of the game the player has not met yet: the codex's blank cards. */
  factsLeft: string[];
}

/** Stars won over some missions, and the most they could have won. */
export function starTally(missions: readonly { stars: number }[]): { stars: number; max: number } {
  return { stars: missions.reduce((sum, m) => sum + m.stars, 0), max: missions.length * MAX_STARS };
}

/** What the end of a career shows: the road travelled, the skills grown, the facts met. */
export function careerSummary(career: Career, cat: Catalogue): CareerSummary {
  let reputation = 0;
  const timeline = career.history.map((h): TimelineEntry => {
    const before = rankOf(reputation, cat).id;
    reputation += h.stars * cat.rules.reputationPerStar;
    return {
      missionId: h.missionId,
      recruiter: cat.missions[h.missionId]?.recruiter ?? '',
      stars: h.stars,
      score: h.score,
      contract: h.contract,
      rank: h.rank,
      promoted: rankOf(reputation, cat).id !== before,
    };
  });
  const stars = starTally(timeline);
  const start = cat.backgrounds[career.background]?.skills;
  if (!start) throw new Error(`Unknown background "${career.background}"`);
  return {
    timeline,
    skills: careerSkills(career, cat),
    startSkills: start,
    rank: rankOf(career.reputation, cat),
    totalStars: stars.stars,
    maxStars: stars.max,
    factsMet: career.factsMet,
    factsLeft: Object.keys(cat.facts).filter((f) => !career.factsMet.includes(f)),
  };
}
