import type { Catalogue, Skill, SkillLevels } from '../content/types.ts';
import { MAX_SKILL_LEVEL, SKILLS } from '../content/vocabulary.ts';

export function noSkills(): SkillLevels {
  return Object.fromEntries(SKILLS.map((s) => [s, 0])) as SkillLevels;
}

/** The skills a background starts strong in (level 2 or more), as its card lists them. */
export function strengths(levels: SkillLevels): Skill[] {
  return SKILLS.filter((s) => levels[s] >= 2);
}

/** Levels gained from experience: one per threshold of rules.skillLevels reached. */
export function levelsFromXp(xp: number, thresholds: number[]): number {
  return thresholds.filter((t) => xp >= t).length;
}

/** Skill levels: the background's start plus what experience brought, capped. */
export function skillLevels(
  base: SkillLevels,
  xp: Partial<Record<Skill, number>>,
  thresholds: number[],
): SkillLevels {
  return Object.fromEntries(
    SKILLS.map((s) => [s, Math.min(MAX_SKILL_LEVEL, base[s] + levelsFromXp(xp[s] ?? 0, thresholds))]),
  ) as SkillLevels;
}

/** Whether the player, or a member of the team, has a skill at the level asked. */
export function hasSkill(
  skills: SkillLevels,
  team: string[],
  skill: Skill,
  level: number,
  cat: Catalogue,
): boolean {
  return skills[skill] >= level || team.some((id) => cat.roles[id]?.covers.includes(skill));
}
