import { describe, expect, it } from 'vitest';
import { colleagueFor } from '../../../src/sim/cast.ts';
import { productionWeek, teamProgress } from '../../../src/sim/teamWork.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const roleOf = (trait: string) => {
  const who = Object.values(cat.cast).find((c) => c.kind === 'colleague' && c.trait === trait);
  if (who?.kind !== 'colleague') throw new Error(`no ${trait} colleague in the cast`);
  return who.role;
};

describe('the team at work in production', () => {
  it('lets the weeks go by between decisions and ends on the last week', () => {
    expect(productionWeek(0, 3, 6)).toBeGreaterThanOrEqual(1);
    const weeks = [0, 1, 2, 3].map((n) => productionWeek(n, 3, 6));
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    expect(weeks[3]).toBe(6);
    expect(productionWeek(0, 0, 4)).toBe(4);
  });

  it('shows the fast developer ahead and the careful expert behind halfway, both done at the end', () => {
    const fast = roleOf('fast');
    const careful = roleOf('careful');
    const [f, c] = teamProgress([fast, careful], 3, 6, cat);
    expect(f?.pace).toBe('ahead');
    expect(c?.pace).toBe('behind');
    expect(f?.done).toBeGreaterThan(0.5);
    expect(c?.done).toBeLessThan(0.5);
    expect(f?.colleague).toBe(colleagueFor(fast, cat));
    expect(teamProgress([fast, careful], 6, 6, cat).map((m) => m.done)).toEqual([1, 1]);
  });

  it('keeps a role without a named colleague at a steady pace', () => {
    const unnamed = Object.keys(cat.roles).find((r) => !colleagueFor(r, cat));
    expect(unnamed).toBeDefined();
    const [m] = teamProgress([unnamed as string], 2, 4, cat);
    expect(m).toMatchObject({ pace: 'steady', done: 0.5, colleague: undefined });
  });
});
