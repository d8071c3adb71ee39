import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, compact, writeCode } from '../../../../src/sim/classroom/codeAlphabet.ts';
import {
  customSeed,
  decodeSession,
  encodeSession,
  MAX_SESSION_MISSIONS,
  newSessionSeed,
  SESSION_PLAYLISTS,
  SESSION_SEEDS,
  type Session,
  seedHoldsPrint,
} from '../../../../src/sim/classroom/sessionCode.ts';

const sessionArb: fc.Arbitrary<Session> = fc.record({
  playlist: fc.constantFrom(...SESSION_PLAYLISTS),
  length: fc.integer({ min: 1, max: MAX_SESSION_MISSIONS }),
  seed: fc.integer({ min: 0, max: SESSION_SEEDS - 1 }),
});

describe('session codes', () => {
  it('are six characters in two groups, and read back as the same session', () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        const code = encodeSession(s);
        expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
        expect(decodeSession(code)).toEqual({ ok: true, session: s, code });
        expect(decodeSession(code.toLowerCase().replace('-', ''))).toMatchObject({ ok: true, session: s });
      }),
      { numRuns: 500 },
    );
  });

  it('refuse a code with any one character changed', () => {
    fc.assert(
      fc.property(sessionArb, fc.nat(5), fc.constantFrom(...ALPHABET), (s, at, c) => {
        const chars = compact(encodeSession(s));
        fc.pre(chars[at] !== c);
        expect(decodeSession(chars.slice(0, at) + c + chars.slice(at + 1)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("read the fourth playlist slot as the workshop's missions, whose seed keeps their print", () => {
    const slotThree = writeCode([0, 0, 0, 0, 3], [3, 3]);
    const read = decodeSession(slotThree);
    expect(read.ok && read.session.playlist).toBe('custom');
    const seed = customSeed(123_456_789, () => 0.7);
    expect(seed).toBeLessThan(SESSION_SEEDS);
    expect(seedHoldsPrint(seed, 123_456_789)).toBe(true);
    expect(seedHoldsPrint(seed, 123_456_790)).toBe(false);
    expect(customSeed(123_456_789, () => 0.1)).not.toBe(seed);
  });

  it('draw seeds across the whole range', () => {
    expect(newSessionSeed(() => 0)).toBe(0);
    expect(newSessionSeed(() => 0.999999999)).toBe(SESSION_SEEDS - 1);
  });
});
