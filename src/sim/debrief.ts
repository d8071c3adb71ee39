import type { Catalogue, Indicator } from '../content/types.ts';
import type { Contribution, Outcome, Source } from './outcome.ts';

/** One line of the debrief: a decision (or a gap) and what it weighed on the result. */
export interface DebriefItem {
  source: Source;
  /** Net points over all indicators, weighted as the final score weighs them. */
  impact: number;
  /** The indicator this source moved most. */
  indicator: Indicator;
  /** The needs it answered or left open, most weighty first. */
  tags: string[];
}

/** One key per decision: a need left open, a question, an event's option, a chosen tool… */
export function sourceKey(s: Source): string {
  switch (s.kind) {
    case 'missing':
      return `missing:${s.tag}`;
    case 'event':
    case 'live':
      return `${s.kind}:${s.id}:${s.option}`;
    case 'format':
    case 'tool':
    case 'role':
    case 'question':
      return `${s.kind}:${s.id}`;
    default:
      return s.kind;
  }
}

/** The decisions that weighed most on the score, largest effect first (chance is never a decision). */
export function debrief(outcome: Outcome, cat: Catalogue, count = 3): DebriefItem[] {
  const totalWeight = Object.values(cat.rules.weights).reduce((a, b) => a + b, 0);
  const groups = new Map<string, Contribution[]>();
  for (const c of outcome.contributions) {
    if (c.source.kind === 'chance') continue;
    const key = sourceKey(c.source);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const items: DebriefItem[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const weighted = (c: Contribution) => (c.points * cat.rules.weights[c.indicator]) / totalWeight;
    const impact = list.reduce((sum, c) => sum + weighted(c), 0);
    const strongest = [...list].sort((a, b) => Math.abs(weighted(b)) - Math.abs(weighted(a)));
    const tags = [...new Set(strongest.flatMap((c) => (c.tag ? [c.tag] : [])))];
    items.push({
      source: first.source,
      impact: Math.round(impact * 10) / 10,
      indicator: strongest[0]?.indicator ?? first.indicator,
      tags,
    });
  }
  return items
    .filter((i) => i.impact !== 0)
    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact))
    .slice(0, count);
}

/** The fact to show after a mission: the mission's first fact the player has not met yet, else its first. */
export function factToShow(missionFacts: string[], met: string[]): string | undefined {
  return missionFacts.find((f) => !met.includes(f)) ?? missionFacts[0];
}
