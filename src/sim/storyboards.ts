import type { Card, Mission, Rules, Tags } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';
import {
  alignment,
  canHost,
  hoursByType,
  offTenths,
  principleShare,
  principles,
  totalHours,
} from './design.ts';
import { mixFit, mixScore } from './pedagogy.ts';

/**
 * Storyboards the bots build: a sensible arrangement of any set of cards, the best set for a mission when
 * everything is known, and the fixed recipes a player might apply whatever the mission.
 */

/** Intro first, assessments last, and between them the cards spread so no passive stretch forms. */
export function arrange(cards: readonly Card[]): Card[] {
  const intro = cards.filter((c) => c.role === 'intro');
  const assess = cards.filter((c) => c.role === 'assess');
  const learn = cards.filter((c) => c.role === 'learn');
  const passive = learn.filter((c) => c.type === 'acquire');
  // Practice last among the others, so it leads into the assessment.
  const active = learn
    .filter((c) => c.type !== 'acquire')
    .sort((a, b) => Number(a.type === 'practise') - Number(b.type === 'practise'));
  const middle: Card[] = [];
  while (passive.length || active.length) {
    const p = passive.shift();
    if (p) middle.push(p);
    const a = active.shift();
    if (a) middle.push(a);
  }
  return [...intro, ...middle, ...assess];
}

/** What a storyboard's design is worth in points over all indicators, as the rules score it (without the pedagogy bonus). */
export function designValue(
  order: readonly Card[],
  objectives: readonly string[],
  mission: Mission,
  brought: Tags,
  rules: Rules,
): number {
  const held = order.filter((c) => canHost(c, brought));
  const scaled = (w: number, fit: number) => w * (2 * fit - 1);
  return (
    scaled(rules.mixWeight, mixScore(mixFit(hoursByType(held), mission.mix), rules.mixFloor)) +
    2 * scaled(rules.storyboardWeight, principleShare(principles(held, rules))) +
    2 * scaled(rules.alignmentWeight, alignment(held, objectives, mission).fit) -
    Math.abs(offTenths(totalHours(order), mission.hours)) * rules.lengthPenaltyPerTenth
  );
}

/**
 * The best storyboard a designer who knows the target mix can build: climbs from the intro alone by adding,
 * removing or swapping one card at a time, each set arranged, within the format's hours.
 */
export function bestStoryboard(
  mission: Mission,
  objectives: readonly string[],
  brought: Tags,
  maxHours: number,
  rules: Rules,
): string[] {
  const value = (set: Card[]) => designValue(arrange(set), objectives, mission, brought, rules);
  let set = mission.deck.filter((c) => c.role === 'intro');
  let best = value(set);
  for (let improved = true; improved; ) {
    improved = false;
    const others = mission.deck.filter((c) => !set.includes(c));
    const candidates = [
      ...others.map((c) => [...set, c]),
      ...set.filter((c) => c.role !== 'intro').map((c) => set.filter((x) => x !== c)),
      ...set.flatMap((out) =>
        out.role === 'intro' ? [] : others.map((c) => [...set.filter((x) => x !== out), c]),
      ),
    ];
    for (const next of candidates) {
      if (totalHours(next) > maxHours) continue;
      const v = value(next);
      if (v > best + 1e-9) {
        best = v;
        set = next;
        improved = true;
      }
    }
  }
  return arrange(set).map((c) => c.id);
}

/**
 * What a thoughtful player who cannot see the target mix builds: the intro, every activity serving the
 * objectives picked, and the assessment that checks most of them, within the format's hours.
 */
export function sensibleStoryboard(
  mission: Mission,
  objectives: readonly string[],
  maxHours: number,
): string[] {
  const serves = (c: Card) => c.objectives.some((o) => objectives.includes(o));
  const assess = [...mission.deck.filter((c) => c.role === 'assess')].sort(
    (a, b) =>
      b.objectives.filter((o) => objectives.includes(o)).length -
      a.objectives.filter((o) => objectives.includes(o)).length,
  )[0];
  const picked = mission.deck.filter((c) => c.role === 'intro' || (c.role === 'learn' && serves(c)));
  const set = [...picked, ...(assess ? [assess] : [])];
  while (totalHours(set) > maxHours && set.length > 1) {
    const longest = [...set].filter((c) => c.role === 'learn').sort((a, b) => b.hours - a.hours)[0];
    if (!longest) break;
    set.splice(set.indexOf(longest), 1);
  }
  return arrange(set).map((c) => c.id);
}

/** Keeps cards in the order given while they fit within the format's hours. */
function within(cards: readonly Card[], maxHours: number): string[] {
  const out: Card[] = [];
  for (const c of cards) if (totalHours([...out, c]) <= maxHours) out.push(c);
  return out.map((c) => c.id);
}

/** A storyboard built the same way whatever the mission. */
export interface StoryboardRecipe {
  id: string;
  build: (mission: Mission, maxHours: number) => string[];
}

const typeRank = (c: Card) => ACTIVITIES.indexOf(c.type);

export const STORYBOARD_RECIPES: StoryboardRecipe[] = [
  { id: 'whole-deck', build: (m, max) => within(m.deck, max) },
  {
    id: 'by-type',
    build: (m, max) =>
      within(
        [...m.deck].sort((a, b) => typeRank(a) - typeRank(b)),
        max,
      ),
  },
  { id: 'template', build: (m, max) => within(arrange(m.deck), max) },
  {
    // The shortest cards first, until the hours planned are reached.
    id: 'short-first',
    build: (m, max) => {
      const cards = [...m.deck].sort((a, b) => a.hours - b.hours);
      const out: Card[] = [];
      for (const c of cards) if (totalHours(out) < m.hours && totalHours([...out, c]) <= max) out.push(c);
      return out.map((c) => c.id);
    },
  },
];
