import type { CastMember, Catalogue, Client, Colleague, GameEvent, Mission } from '../content/types.ts';
import type { Career, MissionRecord } from './career.ts';
import { debrief } from './debrief.ts';
import type { Outcome } from './outcome.ts';

/** How the last mission with someone went, which sets what they say on meeting the player again. */
export type Memory = 'first' | 'good' | 'bad';

/** The client who speaks for the mission's employer. */
export function clientOf(mission: Mission, cat: Catalogue): Client | undefined {
  return Object.values(cat.cast).find(
    (c): c is Client => c.kind === 'client' && c.recruiters.includes(mission.recruiter),
  );
}

/** The colleague who fills a team role, if the studio has one. */
export function colleagueFor(role: string, cat: Catalogue): Colleague | undefined {
  return Object.values(cat.cast).find((c): c is Colleague => c.kind === 'colleague' && c.role === role);
}

/** The colleagues of a team, in the team's order (roles without a named colleague are left out). */
export function colleaguesOf(team: readonly string[], cat: Catalogue): Colleague[] {
  return team.flatMap((role) => colleagueFor(role, cat) ?? []);
}

/**
 * Who brings an event's news in production: the colleague of its role when that role is hired, the first named
 * colleague hired for "team", otherwise (or with nobody named on the team) the mission's client.
 */
export function tellerOf(
  event: GameEvent,
  team: readonly string[],
  mission: Mission,
  cat: Catalogue,
): CastMember | undefined {
  const from = event.from ?? 'client';
  const hired =
    from === 'team' ? colleaguesOf(team, cat)[0] : team.includes(from) ? colleagueFor(from, cat) : undefined;
  return hired ?? clientOf(mission, cat);
}

function workedWith(record: MissionRecord, id: string, cat: Catalogue): boolean {
  const who = cat.cast[id];
  if (!who) return false;
  if (who.kind === 'colleague') return (record.team ?? []).includes(who.role);
  const mission = cat.missions[record.missionId];
  return !!mission && who.recruiters.includes(mission.recruiter);
}

/** What someone remembers of the player: the last mission played with them, 2 stars or more being good. */
export function memoryOf(career: Career | null, id: string, cat: Catalogue): Memory {
  const last = [...(career?.history ?? [])].reverse().find((r) => workedWith(r, id, cat));
  if (!last) return 'first';
  return last.stars >= 2 ? 'good' : 'bad';
}

export type ReactionKey = keyof Client['reactions'];

/** What the client reacts to at the results: the indicator the debrief's top item moved, and which way. */
export function reactionKey(outcome: Outcome, cat: Catalogue): ReactionKey {
  const top = debrief(outcome, cat, 1)[0];
  if (!top) return outcome.stars >= 2 ? 'client+' : 'client-';
  return `${top.indicator}${top.impact >= 0 ? '+' : '-'}` as ReactionKey;
}

/** The colleagues the player has worked with, most recent first (the office shows them at their desks). */
export function colleaguesMet(career: Career | null, cat: Catalogue): Colleague[] {
  const met: Colleague[] = [];
  for (const record of [...(career?.history ?? [])].reverse())
    for (const who of colleaguesOf(record.team ?? [], cat)) if (!met.includes(who)) met.push(who);
  return met;
}

/** A client who has worked with the player calls back; a new one writes. */
export function callsBack(career: Career | null, mission: Mission, cat: Catalogue): boolean {
  const who = clientOf(mission, cat);
  return !!who && memoryOf(career, who.id, cat) !== 'first';
}
