import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../../src/content/vocabulary.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const missions = Object.values(cat.missions);
const pooledEvents = [...new Set(missions.flatMap((m) => m.events))]
  .map((id) => cat.events[id])
  .filter((e) => !!e);
const liveSteps = Object.values(cat.live).flatMap((l) => l.steps);

describe('what the campaign exercises', () => {
  it('uses every skill: something asks for it and something trains it', () => {
    const asked = new Set([
      ...Object.values(cat.tools).flatMap((t) => (t.skill ? [t.skill.id] : [])),
      ...[...pooledEvents, ...liveSteps].flatMap((e) =>
        e.options.flatMap((o) => (o.needs ? [o.needs.skill] : [])),
      ),
    ]);
    const trained = new Set([
      ...Object.values(cat.tools).flatMap((t) => (t.skill ? [t.skill.id] : [])),
      ...[...pooledEvents, ...liveSteps].flatMap((e) => e.options.flatMap((o) => Object.keys(o.effects.xp))),
      'listening', // questions that reveal a constraint
      'teamwork', // a team of two or more
      'project', // a mission on time and within budget
      'pedagogy', // a good spread of hours and storyboard
    ]);
    expect(SKILLS.filter((s) => !asked.has(s))).toEqual([]);
    expect(SKILLS.filter((s) => !trained.has(s))).toEqual([]);
  });

  it('can show every fact of FACTS.md at the end of some mission or promotion', () => {
    const reachable = new Set([
      ...missions.flatMap((m) => [
        ...m.facts,
        ...(cat.recruiters[m.recruiter]?.facts ?? []),
        ...(cat.recruiters[m.recruiter]?.contracts ?? []).flatMap((c) => cat.contracts[c]?.facts ?? []),
      ]),
      ...pooledEvents.flatMap((e) => e.facts),
      ...liveSteps.flatMap((e) => e.facts),
      ...cat.ranks.flatMap((r) => r.facts),
      ...Object.values(cat.backgrounds).flatMap((b) => b.facts),
    ]);
    const all = Array.from({ length: 26 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`);
    expect(all.filter((f) => !reachable.has(f))).toEqual([]);
    expect(Object.keys(cat.facts).sort()).toEqual(all);
  });

  it('has a quiz of at least ten questions, each tied to a fact', () => {
    expect(cat.quiz.length).toBeGreaterThanOrEqual(10);
    for (const q of cat.quiz) expect(cat.facts[q.fact], q.id).toBeDefined();
  });

  it('spreads the missions over the six recruiter kinds, the five formats and the five ranks', () => {
    const kinds = new Set(missions.map((m) => cat.recruiters[m.recruiter]?.kind));
    const ranks = new Set(missions.map((m) => m.rank));
    const firstFormats = new Set(missions.map((m) => m.formats[0]));
    expect(missions.length).toBeGreaterThanOrEqual(14);
    expect(kinds.size).toBe(6);
    expect(ranks.size).toBe(5);
    expect(firstFormats.size).toBe(5);
  });

  it('has the catalogue the career needs', () => {
    expect(Object.keys(cat.tools).length).toBeGreaterThanOrEqual(24);
    expect(Object.keys(cat.roles).length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(cat.events).length).toBeGreaterThanOrEqual(40);
    expect(cat.ranks).toHaveLength(5);
    expect(Object.keys(cat.backgrounds)).toHaveLength(4);
    expect(Object.keys(cat.recruiters).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(cat.contracts).sort()).toEqual(['cdd', 'cdi', 'freelance', 'stage']);
  });
});
