import type { Catalogue, Effects, Indicator, Mission } from '../content/types.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { decisionEffects, liveStep, planCost, weeksLate } from './budget.ts';
import { needContributions, providers } from './needs.ts';
import { mixFit, orderFit } from './pedagogy.ts';
import { nextRandom } from './rng.ts';
import type { MissionRun } from './run.ts';

/** Who a contribution is owed to: a decision of the player's, a gap they left, or chance. */
export type Source =
  | { kind: 'format' | 'tool' | 'role'; id: string }
  | { kind: 'missing'; tag: string }
  | { kind: 'question'; id: string }
  | { kind: 'event' | 'live'; id: string; option: string }
  | { kind: 'mix' | 'storyboard' | 'delay' | 'overrun' | 'chance' };

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
  /** Fit of the hours spread and of the storyboard order, 0–1 (null for express missions). */
  mixFit: number | null;
  orderFit: number | null;
  rngState: number;
}

function effectContributions(source: Source, effects: Effects | undefined): Contribution[] {
  return Object.entries(effects?.indicators ?? {}).map(([indicator, points]) => ({
    source,
    indicator: indicator as Indicator,
    points: points as number,
  }));
}

function pedagogyContributions(run: MissionRun, mission: Mission, cat: Catalogue): Contribution[] {
  if (mission.express) return [];
  const bonus = 1 + run.skills.pedagogy * cat.rules.pedagogyBonusPerLevel;
  const out: Contribution[] = [];
  if (run.hours) {
    const points = cat.rules.mixWeight * (2 * mixFit(run.hours, mission.mix) - 1) * bonus;
    out.push({ source: { kind: 'mix' }, indicator: 'learning', points });
  }
  if (run.order) {
    const points = cat.rules.storyboardWeight * (2 * orderFit(run.order, mission.sequences) - 1) * bonus;
    out.push({ source: { kind: 'storyboard' }, indicator: 'learning', points });
  }
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
    ...pedagogyContributions(run, mission, cat),
    ...decisionContributions(run, mission, cat),
  ];

  const extra = decisionEffects(run, cat);
  const late = weeksLate(run.format, run.team, run.skills, mission, cat) + extra.weeks;
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
    mixFit: mission.express || !run.hours ? null : mixFit(run.hours, mission.mix),
    orderFit: mission.express || !run.order ? null : orderFit(run.order, mission.sequences),
    rngState: draw.state,
  };
}
