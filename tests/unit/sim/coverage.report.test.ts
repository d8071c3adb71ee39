import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/sim/coverage.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();

describe('the coverage report (npm run coverage)', () => {
  const careers = 6;
  const report = coverage(cat, careers, 7);

  it('lists every mission, event and fact of the catalogue, counted in at most every career', () => {
    expect(Object.keys(report.missions).sort()).toEqual(Object.keys(cat.missions).sort());
    expect(Object.keys(report.events).sort()).toEqual(Object.keys(cat.events).sort());
    expect(Object.keys(report.facts).sort()).toEqual(Object.keys(cat.facts).sort());
    for (const n of [...Object.values(report.missions), ...Object.values(report.facts)])
      expect(n).toBeLessThanOrEqual(careers);
  });

  it('plays whole careers: as many missions as a career lasts, in every career', () => {
    const played = Object.values(report.missions).reduce((a, b) => a + b, 0);
    expect(played).toBe(careers * Math.min(cat.rules.careerLength, cat.playlists.career.length));
  });

  it('counts only events from the pools of the missions played', () => {
    const pools = new Set(
      Object.entries(report.missions)
        .filter(([, n]) => n > 0)
        .flatMap(([id]) => cat.missions[id]?.events ?? []),
    );
    const drawn = Object.entries(report.events).filter(([, n]) => n > 0);
    expect(drawn.length).toBeGreaterThan(0);
    for (const [id] of drawn) expect(pools.has(id), id).toBe(true);
  });

  it('gives the same report for the same seed', () => {
    expect(coverage(cat, careers, 7)).toEqual(report);
  });
});

describe('the campaign a player meets over many careers', () => {
  const careers = 60;
  const report = coverage(cat, careers, 1);
  const never = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n === 0)
      .map(([id]) => id);

  it('plays every mission in some career', () => {
    expect(never(report.missions)).toEqual([]);
  });

  it('draws every event in some career', () => {
    expect(never(report.events)).toEqual([]);
  });

  it('shows every fact on a card in at least 30 % of careers', () => {
    const rare = Object.entries(report.facts).filter(([, n]) => n < 0.3 * careers);
    expect(rare).toEqual([]);
  });
});
