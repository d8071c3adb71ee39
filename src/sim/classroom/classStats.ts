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

/** Counts kept in the order values first came, so ties keep that order once ranked. */
function bump<T>(counts: Map<T, number>, value: T): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Most frequent first; ties keep the order of first appearance, so the same class always reads the same way. */
function ranked<T>(counts: ReadonlyMap<T, number>): Tally<T>[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

interface MissionCounts {
  stars: number[];
  pupils: number;
  starSum: number;
  formats: Map<string, number>;
  pitfalls: Map<number, number>;
  strengths: Map<number, number>;
}

/**
 * The class debrief's figures kept up to date one result at a time: a class of hundreds that grows by one
 * pupil costs one result's counting, not a count of the whole class again.
 */
export class ClassTally {
  private pupils = 0;
  private readonly totalStars: number[];
  private readonly counts: MissionCounts[];

  constructor(private readonly missions: readonly Mission[]) {
    this.totalStars = new Array(MAX_STARS * missions.length + 1).fill(0);
    this.counts = missions.map(() => ({
      stars: new Array<number>(MAX_STARS + 1).fill(0),
      pupils: 0,
      starSum: 0,
      formats: new Map(),
      pitfalls: new Map(),
      strengths: new Map(),
    }));
  }

  add(r: PupilResult): void {
    this.pupils += 1;
    const total = r.missions.reduce((s, m) => s + m.stars, 0);
    this.totalStars[total] = (this.totalStars[total] ?? 0) + 1;
    this.missions.forEach((mission, i) => {
      const m = r.missions[i];
      const c = this.counts[i];
      if (!m || !c) return;
      c.stars[m.stars] = (c.stars[m.stars] ?? 0) + 1;
      c.pupils += 1;
      c.starSum += m.stars;
      const format = mission.formats[m.format] ?? '';
      if (format !== '') bump(c.formats, format);
      const topic = topicAt(m.topic);
      if (topic.kind !== 'none') bump(isPitfall(topic) ? c.pitfalls : c.strengths, m.topic);
    });
  }

  stats(): ClassStats {
    return {
      pupils: this.pupils,
      totalStars: [...this.totalStars],
      missions: this.missions.map((mission, i) => {
        const c = this.counts[i] as MissionCounts;
        return {
          missionId: mission.id,
          stars: [...c.stars],
          averageStars: c.pupils ? c.starSum / c.pupils : 0,
          formats: ranked(c.formats),
          pitfalls: ranked(c.pitfalls),
          strengths: ranked(c.strengths),
        };
      }),
    };
  }
}

/** The class debrief's figures, from the pupils' decoded results. */
export function classStats(results: readonly PupilResult[], missions: readonly Mission[]): ClassStats {
  const tally = new ClassTally(missions);
  for (const r of results) tally.add(r);
  return tally.stats();
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
