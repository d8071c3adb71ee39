import { planCost, weeksLate } from './budget.ts';
import { nextRandom } from './rng.ts';
import type { MissionRun } from './run.ts';
import { type Catalogue, INDICATORS, type Indicator, type Mission, type Tags } from './types.ts';

/** Who a contribution is owed to: a chosen format, tool or team member, or a need nobody covered. */
export type Source =
  | { kind: 'format' | 'tool' | 'role'; id: string }
  | { kind: 'missing'; tag: string }
  | { kind: 'delay' }
  | { kind: 'chance' };

export interface Contribution {
  source: Source;
  indicator: Indicator;
  /** The need it answers (absent for delay and chance). */
  tag?: string;
  points: number;
}

export interface Outcome {
  indicators: Record<Indicator, number>;
  score: number;
  stars: 0 | 1 | 2 | 3;
  cost: number;
  weeksLate: number;
  contributions: Contribution[];
  rngState: number;
}

interface Provider {
  source: Source;
  tags: Tags;
}

function providers(run: MissionRun, cat: Catalogue): Provider[] {
  const list: Provider[] = [];
  const format = run.format ? cat.formats[run.format] : undefined;
  if (format) list.push({ source: { kind: 'format', id: format.id }, tags: format.tags });
  for (const id of run.tools) list.push({ source: { kind: 'tool', id }, tags: cat.tools[id]?.tags ?? {} });
  for (const id of run.team) list.push({ source: { kind: 'role', id }, tags: cat.roles[id]?.tags ?? {} });
  return list;
}

/** Share of a need met by a total strength: each further unit covers less than the one before. */
export function coverage(strength: number, firstUnitShare: number): number {
  if (strength <= 0) return 0;
  return 1 - (1 - firstUnitShare) ** strength;
}

function needContributions(mission: Mission, list: Provider[], cat: Catalogue): Contribution[] {
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
          points: need.missing,
        });
      }
      continue;
    }
    const points = need.weight * coverage(strength, cat.rules.firstUnitShare);
    for (const p of givers) {
      const share = (p.tags[need.tag] ?? 0) / strength;
      out.push({ source: p.source, indicator: need.indicator, tag: need.tag, points: points * share });
    }
  }
  return out;
}

const clamp = (v: number) => Math.max(0, Math.min(100, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Evaluates a finished plan. Pure: the same run and catalogue always give the same outcome. */
export function evaluate(run: MissionRun, rngState: number, cat: Catalogue): Outcome {
  const mission = cat.missions[run.missionId];
  if (!mission) throw new Error(`Unknown mission "${run.missionId}"`);
  const rules = cat.rules;
  const contributions = needContributions(mission, providers(run, cat), cat);

  const late = weeksLate(run.format, run.team, mission, cat);
  if (late > 0)
    contributions.push({
      source: { kind: 'delay' },
      indicator: 'client',
      points: -late * rules.latePenaltyPerWeek,
    });

  const draw = nextRandom(rngState);
  const swing = round1((draw.value * 2 - 1) * rules.satisfactionNoise);
  if (swing !== 0)
    contributions.push({ source: { kind: 'chance' }, indicator: 'satisfaction', points: swing });

  const indicators = { ...rules.baseline };
  for (const c of contributions) indicators[c.indicator] += c.points;
  for (const k of INDICATORS) indicators[k] = round1(clamp(indicators[k]));

  const totalWeight = INDICATORS.reduce((sum, k) => sum + rules.weights[k], 0);
  const score = round1(
    INDICATORS.reduce((sum, k) => sum + indicators[k] * rules.weights[k], 0) / totalWeight,
  );
  const stars = rules.starThresholds.filter((t) => score >= t).length as Outcome['stars'];

  return {
    indicators,
    score,
    stars,
    cost: planCost(run, mission, cat),
    weeksLate: late,
    contributions,
    rngState: draw.state,
  };
}
