import { describe, expect, it } from 'vitest';
import {
  careerSkills,
  missionXp,
  offers,
  rankOf,
  recordMission,
  startCareer,
} from '../../../src/sim/career.ts';
import { evaluate } from '../../../src/sim/outcome.ts';
import { type MissionRun, startRun } from '../../../src/sim/run.ts';
import { levelsFromXp, noSkills } from '../../../src/sim/skills.ts';
import { handCatalogue } from '../fixtures.ts';

const cat = handCatalogue();

function finished(missionId: string, more: Partial<MissionRun> = {}): MissionRun {
  const run: MissionRun = {
    ...startRun(missionId, 1, noSkills()),
    format: 'f1',
    tools: ['t1'],
    phase: 'evaluate',
    ...more,
  };
  return { ...run, outcome: evaluate(run, cat) };
}

describe('career', () => {
  it('starts from the background’s skills, with no reputation', () => {
    const c = startCareer('b', 9, 'career', cat);
    expect(careerSkills(c, cat)).toEqual(noSkills());
    expect(rankOf(c.reputation, cat).id).toBe('intern');
  });

  it('levels a skill up at each threshold of experience', () => {
    expect([0, 1, 2, 4, 5, 9].map((xp) => levelsFromXp(xp, cat.rules.skillLevels))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    const c = { ...startCareer('b', 9, 'career', cat), xp: { listening: 5 } };
    expect(careerSkills(c, cat).listening).toBe(2);
  });

  it('offers the missions the rank opens, with a contract of the employer’s kind', () => {
    const c = startCareer('b', 9, 'career', cat);
    expect(offers(c, cat)).toEqual([
      { missionId: 'm', recruiter: 'r', contract: 'cdd' },
      { missionId: 'm3', recruiter: 'r', contract: 'cdd' },
    ]);
  });

  it('offers the new rank’s missions first, and keeps a place for an earlier mission left unplayed', () => {
    const junior = { ...startCareer('b', 9, 'career', cat), reputation: 20 };
    const [first, second] = offers(junior, cat).map((o) => cat.missions[o.missionId]?.rank);
    expect([first, second]).toEqual(['junior', 'intern']);
    // Which earlier mission comes depends on the career's seed, and stays put while the career lasts.
    const drawn = (seed: number) => offers({ ...junior, seed }, cat)[1]?.missionId;
    expect(drawn(9)).toBe(drawn(9));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(drawn))).toEqual(new Set(['m', 'm3']));
  });

  it('offers an intern an internship agreement, whoever recruits, where the rank says so', () => {
    const withStage = {
      ...cat,
      ranks: cat.ranks.map((r) => (r.id === 'intern' ? { ...r, contract: 'stage' } : r)),
    };
    const c = startCareer('b', 9, 'career', withStage);
    expect(offers(c, withStage).map((o) => o.contract)).toEqual(['stage', 'stage']);
    // Once promoted, the employer's own kinds of contract again.
    expect(offers({ ...c, reputation: 20 }, withStage).map((o) => o.contract)).toEqual(['cdd', 'cdd']);
  });

  it('plays a class or kiosk playlist in order, one mission at a time', () => {
    const c = startCareer('b', 9, 'classroom', cat);
    expect(offers(c, cat)).toEqual([{ missionId: 'm', recruiter: 'r', contract: null }]);
  });

  it('gives experience for what the mission exercised', () => {
    const run = finished('m', { asked: ['q-easy'], team: ['r1'], events: [{ id: 'e2', option: 'good' }] });
    // listening for the constraint found, funding from the event, project for on time and within budget.
    expect(missionXp(run, cat)).toEqual({ listening: 1, funding: 2, project: 1 });
  });

  it('records a mission: reputation from its stars, a promotion when earned, the fact met', () => {
    const c = startCareer('b', 9, 'career', cat);
    const rich = {
      ...cat,
      rules: { ...cat.rules, baseline: { learning: 70, satisfaction: 70, completion: 70, client: 70 } },
    };
    const run: MissionRun = {
      ...startRun('m', 1, noSkills()),
      format: 'f1',
      tools: ['t1'],
      phase: 'evaluate',
    };
    const three = { ...run, outcome: evaluate(run, rich) };
    expect(three.outcome.stars).toBe(3);
    const end = recordMission(c, three, 'cdd', cat);
    expect(end.career.reputation).toBe(30);
    expect(end.rankUp?.id).toBe('junior');
    expect(end.fact).toBe('F01');
    expect(end.career.history).toEqual([
      {
        missionId: 'm',
        stars: 3,
        score: three.outcome.score,
        contract: 'cdd',
        rank: 'intern',
        team: three.team,
      },
    ]);
    expect(end.career.done).toBe(false);
  });

  it('ends the career when its playlist is played', () => {
    let c = startCareer('b', 9, 'classroom', cat);
    for (const id of ['m', 'm3']) c = recordMission(c, finished(id), null, cat).career;
    expect(c.done).toBe(true);
    expect(offers(c, cat)).toEqual([]);
  });

  it('refuses a run that was not evaluated', () => {
    expect(() =>
      recordMission(startCareer('b', 1, 'career', cat), startRun('m', 1, noSkills()), null, cat),
    ).toThrow();
  });
});

describe('end of career summary', () => {
  it('gives the timeline with promotions, the skills grown from the start, and the facts met and left', async () => {
    const { careerSummary } = await import('../../../src/sim/summary.ts');
    const withFacts = {
      ...cat,
      facts: {
        F01: { id: 'F01', title: { fr: '', en: '' }, text: { fr: '', en: '' }, dated: false },
        F04: { id: 'F04', title: { fr: '', en: '' }, text: { fr: '', en: '' }, dated: false },
      },
    };
    const rich = {
      ...withFacts,
      rules: { ...cat.rules, baseline: { learning: 70, satisfaction: 70, completion: 70, client: 70 } },
    };
    let c = startCareer('b', 9, 'career', withFacts);
    const run: MissionRun = {
      ...startRun('m', 1, noSkills()),
      format: 'f1',
      tools: ['t1'],
      asked: ['q-easy'],
      phase: 'evaluate',
    };
    c = recordMission(c, { ...run, outcome: evaluate(run, rich) }, 'cdd', withFacts).career;
    const s = careerSummary(c, withFacts);
    expect(s.timeline).toEqual([
      {
        missionId: 'm',
        recruiter: 'r',
        stars: 3,
        score: expect.any(Number),
        contract: 'cdd',
        rank: 'intern',
        promoted: true,
      },
    ]);
    expect(s.rank.id).toBe('junior');
    expect(s.totalStars).toBe(3);
    expect(s.maxStars).toBe(3);
    expect(s.skills.listening - s.startSkills.listening).toBe(0); // one xp: below the first threshold (2)
    expect(s.factsMet).toEqual(['F01']);
    expect(s.factsLeft).toEqual(['F04']);
  });
});
