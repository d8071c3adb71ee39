import type { Catalogue, Mission } from '../../content/types.ts';
import { type DebriefItem, debrief } from '../debrief.ts';
import type { MissionRun } from '../run.ts';

/**
 * What a mission's debrief was mainly about, in a form small enough for a result code: one of a few
 * decisions every mission has, or one of the mission's needs, met (a strength) or missed (a pitfall).
 */
export type Topic =
  | { kind: 'none' }
  | { kind: 'delay' | 'overrun' | 'questions' }
  | { kind: 'mix' | 'storyboard'; good: boolean }
  | { kind: 'need'; index: number; good: boolean };

const FIXED: Topic[] = [
  { kind: 'none' },
  { kind: 'delay' },
  { kind: 'overrun' },
  { kind: 'questions' },
  { kind: 'mix', good: true },
  { kind: 'mix', good: false },
  { kind: 'storyboard', good: true },
  { kind: 'storyboard', good: false },
];

/** How many topics a mission can have: the fixed ones, then each need met or missed. */
export function topicCount(mission: Pick<Mission, 'needs'>): number {
  return FIXED.length + 2 * mission.needs.length;
}

export function topicAt(index: number): Topic {
  const fixed = FIXED[index];
  if (fixed) return fixed;
  const i = index - FIXED.length;
  return { kind: 'need', index: Math.floor(i / 2), good: i % 2 === 0 };
}

export function topicIndex(t: Topic): number {
  if (t.kind === 'need') return FIXED.length + 2 * t.index + (t.good ? 0 : 1);
  return FIXED.findIndex(
    (f) => f.kind === t.kind && ('good' in f ? f.good === (t as { good: boolean }).good : true),
  );
}

/** Whether a topic is something that went wrong. */
export function isPitfall(t: Topic): boolean {
  return t.kind === 'delay' || t.kind === 'overrun' || ('good' in t && !t.good);
}

/** The topic of one debrief line, or null when it is about something a code cannot name (an event). */
export function topicOf(item: DebriefItem, mission: Pick<Mission, 'needs'>): Topic | null {
  const good = item.impact > 0;
  const s = item.source;
  switch (s.kind) {
    case 'delay':
    case 'overrun':
      return { kind: s.kind };
    case 'question':
      return good ? { kind: 'questions' } : null;
    case 'mix':
    case 'storyboard':
      return { kind: s.kind, good };
    case 'missing':
    case 'format':
    case 'tool':
    case 'role': {
      const tag = s.kind === 'missing' ? s.tag : item.tags[0];
      const index = mission.needs.findIndex((n) => n.tag === tag);
      return index < 0 ? null : { kind: 'need', index, good };
    }
    default:
      return null;
  }
}

/** The main pitfall or strength: the first line of the debrief that a topic can name. */
export function mainTopic(items: readonly DebriefItem[], mission: Pick<Mission, 'needs'>): Topic {
  for (const item of items) {
    const topic = topicOf(item, mission);
    if (topic) return topic;
  }
  return { kind: 'none' };
}

/** One mission of a pupil's result: all the class debrief needs. */
export interface MissionSummary {
  stars: number;
  /** Index of the chosen format in the mission's list of formats. */
  format: number;
  /** Index of the main topic (topicAt). */
  topic: number;
}

/** Sums up an evaluated run for the result code; null while the mission is not evaluated. */
export function summariseRun(run: MissionRun, cat: Catalogue): MissionSummary | null {
  const mission = cat.missions[run.missionId];
  if (!run.outcome || !mission) return null;
  return {
    stars: run.outcome.stars,
    format: Math.max(0, mission.formats.indexOf(run.format ?? '')),
    topic: topicIndex(mainTopic(debrief(run.outcome, cat), mission)),
  };
}
