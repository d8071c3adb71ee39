import type { Catalogue, Mission } from '../../content/types.ts';
import { MAX_STARS } from '../../content/vocabulary.ts';
import type { PupilResult } from './resultCode.ts';
import { isPitfall, topicAt } from './topics.ts';

export interface Tally<T> {
  value: T;
  count: number;
}

export interface MissionStats {
  missionId: string;
  /** How many pupils got each number of stars, from 0 to MAX_STARS. */
  stars: number[];
  averageStars: number;
  /** Formats chosen, most chosen first. */
  formats: Tally<string>[];
  /** Main topics that were pitfalls, then those that were strengths, most frequent first. */
  pitfalls: Tally<number>[];
  strengths: Tally<number>[];
}

export interface ClassStats {
  pupils: number;
  /** How many pupils got each total of stars, from 0 to MAX_STARS × missions. */
  totalStars: number[];
  missions: MissionStats[];
}

function tally<T>(values: T[]): Tally<T>[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties keep the order of first appearance, so the same class always reads the same way.
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** The class debrief's figures, from the pupils' decoded results. */
export function classStats(results: readonly PupilResult[], missions: readonly Mission[]): ClassStats {
  const totalStars = new Array(MAX_STARS * missions.length + 1).fill(0);
  for (const r of results) totalStars[r.missions.reduce((s, m) => s + m.stars, 0)] += 1;
  return {
    pupils: results.length,
    totalStars,
    missions: missions.map((mission, i) => {
      const mine = results.flatMap((r) => (r.missions[i] ? [r.missions[i]] : []));
      const stars = new Array<number>(MAX_STARS + 1).fill(0);
      for (const m of mine) stars[m.stars] = (stars[m.stars] ?? 0) + 1;
      const topics = mine.map((m) => m.topic).filter((t) => topicAt(t).kind !== 'none');
      return {
        missionId: mission.id,
        stars,
        averageStars: mine.length ? mine.reduce((s, m) => s + m.stars, 0) / mine.length : 0,
        formats: tally(mine.map((m) => mission.formats[m.format] ?? '')).filter((x) => x.value !== ''),
        pitfalls: tally(topics.filter((t) => isPitfall(topicAt(t)))),
        strengths: tally(topics.filter((t) => !isPitfall(topicAt(t)))),
      };
    }),
  };
}

/** Facts about the job behind decisions that are not one of the mission's needs. */
const FIXED_TOPIC_FACTS: Record<string, string> = {
  delay: 'F04',
  overrun: 'F05',
  questions: 'F11',
  mix: 'F04',
  storyboard: 'F04',
};

/**
 * The fact about the job behind a topic: for a need, a fact of the formats, tools or roles that answer
 * it (what the job uses to meet it); otherwise a fact of the decision's kind; else the mission's own.
 */
export function factBehind(topic: number, mission: Mission, cat: Catalogue): string | undefined {
  const t = topicAt(topic);
  const known = (id: string | undefined) => (id && cat.facts[id] ? id : undefined);
  if (t.kind === 'need') {
    const tag = mission.needs[t.index]?.tag;
    const givers = [...Object.values(cat.formats), ...Object.values(cat.tools), ...Object.values(cat.roles)];
    const fact = givers.filter((g) => tag && (g.tags[tag] ?? 0) > 0).flatMap((g) => g.facts)[0];
    if (known(fact)) return fact;
  } else if (known(FIXED_TOPIC_FACTS[t.kind])) return FIXED_TOPIC_FACTS[t.kind];
  return known(mission.facts[0]);
}

/** A question for the class discussion, filled from what the class did. */
export type Prompt =
  | { kind: 'format'; format: string; count: number }
  | { kind: 'pitfall'; topic: number }
  | { kind: 'strength'; topic: number }
  | { kind: 'job' };

/** Three questions at most: the format most chosen, the commonest pitfall, then a strength or the job itself. */
export function discussionPrompts(stats: MissionStats): Prompt[] {
  const out: Prompt[] = [];
  const format = stats.formats[0];
  if (format) out.push({ kind: 'format', format: format.value, count: format.count });
  const pitfall = stats.pitfalls[0];
  if (pitfall) out.push({ kind: 'pitfall', topic: pitfall.value });
  const strength = stats.strengths[0];
  if (strength) out.push({ kind: 'strength', topic: strength.value });
  if (out.length < 3) out.push({ kind: 'job' });
  return out.slice(0, 3);
}
