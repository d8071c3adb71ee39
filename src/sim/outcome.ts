import type { Catalogue, Effects, Indicator, Mission } from '../content/types.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { decisionEffects, liveStep, planCost, weeksLate } from './budget.ts';
import {
  alignment,
  delivered,
  hoursByType,
  objectiveFit,
  offTenths,
  principleShare,
  principles,
  storyboardHours,
  wastedTools,
} from './design.ts';
import { needContributions, providers } from './needs.ts';
import { mixFit, mixScore } from './pedagogy.ts';
import { nextRandom } from './rng.ts';
import type { MissionRun } from './run.ts';

/** Who a contribution is owed to: a decision of the player's, a gap they left, or chance. */
export type Source =
  | { kind: 'format' | 'tool' | 'role'; id: string }
  | { kind: 'missing'; tag: string }
  | { kind: 'question'; id: string }
  | { kind: 'event' | 'live'; id: string; option: string }
  | { kind: 'waste'; id: string }
  | {
      kind:
        | 'objectives'
        | 'mix'
        | 'storyboard'
        | 'alignment'
        | 'length'
        | 'evaluation'
        | 'delay'
        | 'overrun'
        | 'chance';
    };

export interface Contribution {
  source: Source;
  indicator: Indicator;
  /** The need it answers, for needs. */
  tag?: string;
  points: number;
}

export interface Outcome {
  indicators: Record<Indicator, number>;
  score: number;
  /** 0 to MAX_STARS: one for each of rules.json's star thresholds reached. */
  stars: number;
  /** Everything spent: the plan plus what events cost or brought in. */
  cost: number;
  weeksLate: number;
  contributions: Contribution[];
  /** Fit of the hours by learning type and share of design principles kept, 0–1 (null for express missions). */
  mixFit: number | null;
  principleFit: number | null;
  rngState: number;
}

function effectContributions(source: Source, effects: Effects | undefined): Contribution[] {
  return Object.entries(effects?.indicators ?? {}).map(([indicator, points]) => ({
    source,
    indicator: indicator as Indicator,
    points: points as number,
  }));
}

/** A score from −weight to +weight for a fit from 0 to 1. */
const scaled = (weight: number, fit: number, bonus = 1) => weight * (2 * fit - 1) * bonus;

/** What the learning design weighs: objectives, hours by type, principles, alignment, length, evaluation. */
function designContributions(run: MissionRun, mission: Mission, cat: Catalogue): Contribution[] {
  const rules = cat.rules;
  const out: Contribution[] = [];
  for (const id of wastedTools(run, mission, cat))
    out.push({ source: { kind: 'waste', id }, indicator: 'client', points: -rules.wastePenalty });
  const fitting = run.evaluation.filter((m) => mission.evaluation.includes(m as never)).length;
  // An express mission's storyboard and evaluation are written for it: only the design's own merits count.
  if (!mission.express)
    out.push({
      source: { kind: 'evaluation' },
      indicator: 'client',
      points: fitting > 0 ? fitting * rules.evaluationFit : -rules.evaluationFit,
    });
  const bonus = 1 + run.skills.pedagogy * rules.pedagogyBonusPerLevel;
  const add = (
    kind: 'objectives' | 'mix' | 'storyboard' | 'alignment',
    indicator: Indicator,
    points: number,
  ) => out.push({ source: { kind }, indicator, points });
  const held = delivered(run, mission, cat).held;
  add('objectives', 'client', scaled(rules.objectiveWeight, objectiveFit(run.objectives, mission)));
  add(
    'mix',
    'learning',
    scaled(rules.mixWeight, mixScore(mixFit(hoursByType(held), mission.mix), rules.mixFloor), bonus),
  );
  const kept = principleShare(principles(held, rules));
  add('storyboard', 'learning', scaled(rules.storyboardWeight, kept, bonus));
  add('storyboard', 'satisfaction', scaled(rules.storyboardWeight, kept));
  const aligned = alignment(held, run.objectives, mission).fit;
  add('alignment', 'learning', scaled(rules.alignmentWeight, aligned));
  add('alignment', 'client', scaled(rules.alignmentWeight, aligned));
  // The planned hours count what was planned, whether or not each card could take place.
  const off = offTenths(storyboardHours(run, mission), mission.hours);
  if (off !== 0)
    out.push({
      source: { kind: 'length' },
      indicator: off < 0 ? 'learning' : 'completion',
      points: -Math.abs(off) * rules.lengthPenaltyPerTenth,
    });
  return out;
}

function decisionContributions(run: MissionRun, mission: Mission, cat: Catalogue): Contribution[] {
  const out: Contribution[] = [];
  for (const id of run.asked) {
    const q = mission.questions.find((x) => x.id === id);
    if (q?.reveals && run.skills.listening >= q.listening) {
      out.push({ source: { kind: 'question', id }, indicator: 'client', points: cat.rules.revealBonus });
    }
  }
  for (const p of run.events) {
    const option = cat.events[p.id]?.options.find((o) => o.id === p.option);
    if (option)
      out.push(...effectContributions({ kind: 'event', id: p.id, option: option.id }, option.effects));
  }
  for (const p of run.live) {
    const option = liveStep(run, p.id, cat)?.options.find((o) => o.id === p.option);
    if (option)
      out.push(...effectContributions({ kind: 'live', id: p.id, option: option.id }, option.effects));
  }
  return out;
}

const clamp = (v: number) => Math.max(0, Math.min(100, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Evaluates a finished mission. Pure: the same run and catalogue always give the same outcome. */
export function evaluate(run: MissionRun, cat: Catalogue): Outcome {
  const mission = cat.missions[run.missionId];
  if (!mission) throw new Error(`Unknown mission "${run.missionId}"`);
  const rules = cat.rules;
  const contributions = [
    ...needContributions(mission, providers(run, cat), cat),
    ...designContributions(run, mission, cat),
    ...decisionContributions(run, mission, cat),
  ];

  const extra = decisionEffects(run, cat);
  const hours = storyboardHours(run, mission);
  const late = weeksLate(run.format, hours, run.team, run.skills, mission, cat) + extra.weeks;
  if (late > 0)
    contributions.push({
      source: { kind: 'delay' },
      indicator: 'client',
      points: -late * rules.latePenaltyPerWeek,
    });
  const cost = planCost(run, mission, cat) + extra.cost;
  if (cost > mission.budget) {
    const tenths = Math.ceil(((cost - mission.budget) / mission.budget) * 10 - 1e-9);
    contributions.push({
      source: { kind: 'overrun' },
      indicator: 'client',
      points: -tenths * rules.overrunPenaltyPerTenth,
    });
  }

  const draw = nextRandom(run.rng);
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
  const stars = rules.starThresholds.filter((t) => score >= t).length;

  return {
    indicators,
    score,
    stars,
    cost,
    weeksLate: late,
    contributions,
    mixFit: mission.express ? null : mixFit(hoursByType(delivered(run, mission, cat).held), mission.mix),
    principleFit: mission.express
      ? null
      : principleShare(principles(delivered(run, mission, cat).held, rules)),
    rngState: draw.state,
  };
}
