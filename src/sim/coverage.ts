import type { Catalogue } from '../content/types.ts';
import {
  type Career,
  careerSkills,
  meetFacts,
  missionSeed,
  offers,
  openingFacts,
  recordMission,
  startCareer,
} from './career.ts';
import { applyChoice } from './choose.ts';
import { nextRandom } from './rng.ts';
import { type Choice, type MissionRun, startRun } from './run.ts';
import { greedyPlay } from './search.ts';
import { RECIPES, recipePlay, type Strategy } from './strategies.ts';

/**
 * What a player meets of the campaign: many careers played by strong and middling bots with random offer picks,
 * counting for every mission, event and fact in how many careers it was played, drawn or shown.
 */
export interface Coverage {
  careers: number;
  /** Careers in which each mission was played (every mission of the catalogue is listed, 0 when never). */
  missions: Record<string, number>;
  /** Careers in which each event was drawn in production (every event of the catalogue is listed). */
  events: Record<string, number>;
  /** Careers in which each fact was shown on a card (at the start, after a mission or at a promotion). */
  facts: Record<string, number>;
}

/**
 * The players the report imagines: half of the careers are played by the greedy bot (a strong player), the
 * other half each by one fixed recipe (a player with one habit, who earns fewer stars and so fewer ranks).
 */
const PLAYERS: Strategy[] = [greedyPlay, ...RECIPES.map(recipePlay)];
const playerOf = (k: number): Strategy =>
  k % 2 === 0 ? greedyPlay : (PLAYERS[1 + ((k >> 1) % (PLAYERS.length - 1))] as Strategy);

/** Plays the offer's mission with the player's choices, taken as far as the rules accept them. */
function playMission(career: Career, missionId: string, cat: Catalogue, player: Strategy): MissionRun | null {
  const mission = cat.missions[missionId];
  if (!mission) return null;
  const seed = missionSeed(career, missionId);
  const plan = player(mission, seed, cat);
  let run = startRun(missionId, seed, careerSkills(career, cat));
  const take = (c: Choice) => {
    const r = applyChoice(run, c, cat);
    if (r.ok) run = r.run;
    return r.ok;
  };
  for (const c of plan?.choices ?? []) take(c);
  // Whatever the bot's choices left undone (its skills differ from the player's): the first open option of
  // each decision, a revision after the pilot, then on.
  for (let guard = 0; guard < 12 && !run.outcome; guard++) {
    for (const e of run.events)
      for (const o of cat.events[e.id]?.options ?? [])
        if (!e.option && take({ t: 'event', id: e.id, option: o.id })) break;
    for (const l of run.live)
      for (const o of cat.live[run.format ?? '']?.steps.find((x) => x.id === l.id)?.options ?? [])
        if (!l.option && take({ t: 'live', id: l.id, option: o.id })) break;
    if (run.pilot && run.pilot.revise === null) take({ t: 'pilot', revise: true });
    if (!take({ t: 'next' })) break;
  }
  return run.outcome ? run : null;
}

export function coverage(cat: Catalogue, careers: number, seed = 1): Coverage {
  const zero = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 0]));
  const out: Coverage = {
    careers,
    missions: zero(Object.keys(cat.missions)),
    events: zero(Object.keys(cat.events)),
    facts: zero(Object.keys(cat.facts)),
  };
  const backgrounds = Object.keys(cat.backgrounds);
  let rng = seed | 0;
  const draw = (n: number) => {
    const d = nextRandom(rng);
    rng = d.state;
    return Math.floor(d.value * n);
  };
  for (let k = 0; k < careers; k++) {
    let career = startCareer(backgrounds[draw(backgrounds.length)] as string, draw(1e9), 'career', cat);
    const opening = openingFacts(career, cat);
    career = meetFacts(career, opening);
    const seen = { missions: new Set<string>(), events: new Set<string>(), facts: new Set(opening) };
    for (let guard = 0; guard < 40 && !career.done; guard++) {
      const list = offers(career, cat);
      const offer = list[draw(list.length)];
      if (!offer) break;
      const run = playMission(career, offer.missionId, cat, playerOf(k));
      if (!run) break;
      const end = recordMission(career, run, offer.contract, cat);
      seen.missions.add(run.missionId);
      for (const e of run.events) seen.events.add(e.id);
      if (end.fact) seen.facts.add(end.fact);
      for (const f of end.rankFacts) seen.facts.add(f);
      // The promotion's screen shows its facts: met.
      career = meetFacts(end.career, end.rankFacts);
    }
    for (const id of seen.missions) out.missions[id] = (out.missions[id] ?? 0) + 1;
    for (const id of seen.events) out.events[id] = (out.events[id] ?? 0) + 1;
    for (const id of seen.facts) out.facts[id] = (out.facts[id] ?? 0) + 1;
  }
  return out;
}
