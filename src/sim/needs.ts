import type { Catalogue, Mission, Tags } from '../content/types.ts';
import type { Contribution, Source } from './outcome.ts';
import type { MissionRun } from './run.ts';
import { hasSkill } from './skills.ts';

interface Provider {
  source: Source;
  tags: Tags;
}

const scale = (tags: Tags, k: number): Tags =>
  Object.fromEntries(Object.entries(tags).map(([t, v]) => [t, v * k]));

/**
 * What each choice brings. A tool whose requirement nobody else brings adds nothing; a tool used
 * without the skill it takes (and nobody in the team to cover it) works at half strength.
 */
export function providers(run: MissionRun, cat: Catalogue): Provider[] {
  const list: Provider[] = [];
  const format = run.format ? cat.formats[run.format] : undefined;
  if (format) list.push({ source: { kind: 'format', id: format.id }, tags: format.tags });
  for (const id of run.team) list.push({ source: { kind: 'role', id }, tags: cat.roles[id]?.tags ?? {} });
  const base = [...list];
  for (const id of run.tools) {
    const tool = cat.tools[id];
    if (!tool) continue;
    const others = [
      ...base,
      ...run.tools.filter((t) => t !== id).map((t) => ({ tags: cat.tools[t]?.tags ?? {} })),
    ];
    const usable = tool.requires.every((tag) => others.some((p) => (p.tags[tag] ?? 0) > 0));
    if (!usable) continue;
    const skilled = !tool.skill || hasSkill(run.skills, run.team, tool.skill.id, tool.skill.level, cat);
    list.push({ source: { kind: 'tool', id }, tags: skilled ? tool.tags : scale(tool.tags, 0.5) });
  }
  return list;
}

/** Tools chosen that bring nothing, because what they need is missing: worth saying in the debrief. */
export function idleTools(run: MissionRun, cat: Catalogue): string[] {
  const used = new Set(providers(run, cat).flatMap((p) => (p.source.kind === 'tool' ? [p.source.id] : [])));
  return run.tools.filter((id) => !used.has(id));
}

/** Share of a need met by a total strength: each further unit covers less than the one before. */
export function coverage(strength: number, firstUnitShare: number): number {
  if (strength <= 0) return 0;
  return 1 - (1 - firstUnitShare) ** strength;
}

export function needContributions(mission: Mission, list: Provider[], cat: Catalogue): Contribution[] {
  const out: Contribution[] = [];
  for (const need of mission.needs) {
    const givers = list.filter((p) => (p.tags[need.tag] ?? 0) > 0);
    const strength = givers.reduce((sum, p) => sum + (p.tags[need.tag] ?? 0), 0);
    if (strength === 0) {
      if (need.missing !== 0) {
        out.push({
          source: { kind: 'missing', tag: need.tag },
          indicator: need.indicator,
          tag: need.tag,
          points: need.missing * cat.rules.needScale,
        });
      }
      continue;
    }
    const points = need.weight * cat.rules.needScale * coverage(strength, cat.rules.firstUnitShare);
    for (const p of givers) {
      const share = (p.tags[need.tag] ?? 0) / strength;
      out.push({ source: p.source, indicator: need.indicator, tag: need.tag, points: points * share });
    }
  }
  return out;
}
