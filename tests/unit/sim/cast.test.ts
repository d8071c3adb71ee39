import { describe, expect, it } from 'vitest';
import { REACTION_KEYS } from '../../../src/content/castSchema.ts';
import type { CastMember, Catalogue } from '../../../src/content/types.ts';
import { type Career, recordMission, startCareer } from '../../../src/sim/career.ts';
import {
  callsBack,
  clientOf,
  colleaguesMet,
  colleaguesOf,
  memoryOf,
  reactionKey,
  tellerOf,
} from '../../../src/sim/cast.ts';
import { evaluate } from '../../../src/sim/outcome.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import { noSkills } from '../../../src/sim/skills.ts';
import { handCatalogue, realCatalogue } from '../fixtures.ts';

const text = (s: string) => ({ fr: s, en: s });
const lines = { first: text('Bonjour'), good: text('Encore bravo'), bad: text('Cette fois, mieux') };
type Reactions = Extract<CastMember, { kind: 'client' }>['reactions'];
const reactions = Object.fromEntries(REACTION_KEYS.map((k) => [k, text(k)])) as unknown as Reactions;
const cast: Record<string, CastMember> = {
  ada: {
    id: 'ada',
    name: 'Ada',
    kind: 'colleague',
    role: 'r1',
    trait: 'careful',
    trade: text('R1'),
    traitText: text('…'),
    lines,
    work: text('relit'),
    production: text('Encore une relecture ?'),
  },
  rosa: {
    id: 'rosa',
    name: 'Rosa',
    kind: 'client',
    recruiters: ['r'],
    trade: text('Cliente'),
    traitText: text('…'),
    lines,
    reactions,
  },
};
const cat: Catalogue = { ...handCatalogue(), cast };

function finished(more: Partial<MissionRun>): MissionRun {
  const run: MissionRun = {
    ...startRun('m', 1, noSkills()),
    format: 'f1',
    tools: ['t1'],
    phase: 'evaluate',
    ...more,
  };
  return { ...run, outcome: evaluate(run, cat) };
}

/** A career after one mission with this team and these stars. */
function careerAfter(team: string[], stars: number): Career {
  const run = finished({ team });
  const outcome = run.outcome;
  if (!outcome) throw new Error('no outcome');
  const end = recordMission(
    startCareer('b', 9, 'career', cat),
    { ...run, outcome: { ...outcome, stars } },
    'cdd',
    cat,
  );
  return end.career;
}

describe('the recurring cast', () => {
  it('gives every mission a client, the one who speaks for its employer', () => {
    expect(clientOf(cat.missions.m as NonNullable<typeof cat.missions.m>, cat)?.id).toBe('rosa');
  });

  it('names the colleagues of a team, leaving out roles nobody fills', () => {
    expect(colleaguesOf(['r1', 'nobody'], cat).map((c) => c.id)).toEqual(['ada']);
  });

  it('remembers how the last mission with them went: first meeting, then good or bad', () => {
    expect(memoryOf(null, 'ada', cat)).toBe('first');
    expect(memoryOf(careerAfter(['r1'], 3), 'ada', cat)).toBe('good');
    expect(memoryOf(careerAfter(['r1'], 1), 'ada', cat)).toBe('bad');
    // Not hired on that mission: they have not worked with the player yet.
    expect(memoryOf(careerAfter([], 3), 'ada', cat)).toBe('first');
    // The client remembers every mission for their employer.
    expect(memoryOf(careerAfter([], 0), 'rosa', cat)).toBe('bad');
    expect(memoryOf(careerAfter([], 2), 'rosa', cat)).toBe('good');
  });

  it('reacts at the results to what weighed most, in the direction it went', () => {
    const run = finished({ team: ['r1'] });
    const key = reactionKey(run.outcome as NonNullable<MissionRun['outcome']>, cat);
    expect(Object.keys(reactions)).toContain(key);
  });

  it('casts a client for every employer of the real campaign, and a named colleague for four trades', () => {
    const real = realCatalogue();
    for (const m of Object.values(real.missions)) expect(clientOf(m, real), m.id).toBeDefined();
    const colleagues = Object.values(real.cast).filter((c) => c.kind === 'colleague');
    expect(colleagues).toHaveLength(4);
    expect(new Set(colleagues.map((c) => (c.kind === 'colleague' ? c.trait : ''))).size).toBe(4);
  });
});

describe('who brings the news in production', () => {
  const real = realCatalogue();
  const mission = Object.values(real.missions)[0];
  const event = (from?: string) =>
    ({ ...Object.values(real.events)[0], from }) as Parameters<typeof tellerOf>[0];
  const named = Object.values(real.cast).filter((c) => c.kind === 'colleague');
  it('is the colleague of the role when that role is hired, else the client', () => {
    if (!mission) throw new Error('no mission');
    const who = named[0];
    if (who?.kind !== 'colleague') throw new Error('no colleague in the cast');
    expect(tellerOf(event(who.role), [who.role], mission, real)).toBe(who);
    expect(tellerOf(event(who.role), [], mission, real)).toBe(clientOf(mission, real));
    expect(tellerOf(event('client'), [who.role], mission, real)).toBe(clientOf(mission, real));
  });
  it('is the first named colleague hired for the team, the client when nobody named is hired', () => {
    if (!mission) throw new Error('no mission');
    const roles = named.map((c) => (c.kind === 'colleague' ? c.role : ''));
    expect(tellerOf(event('team'), roles.slice(1), mission, real)).toBe(named[1]);
    expect(tellerOf(event('team'), [], mission, real)).toBe(clientOf(mission, real));
  });
});

describe('the office remembers', () => {
  const real = realCatalogue();
  it('seats the colleagues worked with, most recent first, and has a returning client call back', () => {
    const career = startCareer(Object.keys(real.backgrounds)[0] as string, 1, 'career', real);
    const mission = Object.values(real.missions).find((m) => m.maxTeam >= 2);
    if (!mission) throw new Error('no mission with a team of two');
    const roles = Object.values(real.cast).flatMap((c) => (c.kind === 'colleague' ? [c.role] : []));
    expect(colleaguesMet(career, real)).toEqual([]);
    expect(callsBack(career, mission, real)).toBe(false);
    const played = {
      ...career,
      history: [
        { missionId: mission.id, stars: 2, team: [roles[0] as string] },
        { missionId: mission.id, stars: 1, team: [roles[1] as string, roles[0] as string] },
      ],
    } as unknown as Career;
    expect(colleaguesMet(played, real).map((c) => c.kind === 'colleague' && c.role)).toEqual([
      roles[1],
      roles[0],
    ]);
    expect(callsBack(played, mission, real)).toBe(true);
  });
});
