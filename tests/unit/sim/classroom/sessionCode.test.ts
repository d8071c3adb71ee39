import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, compact, writeCode } from '../../../../src/sim/classroom/codeAlphabet.ts';
import {
  decodeSession,
  encodeSession,
  MAX_SESSION_MISSIONS,
  newSessionSeed,
  SESSION_PLAYLISTS,
  SESSION_SEEDS,
  type Session,
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

  it('refuse a well-formed code that names no playlist', () => {
    const slotThree = writeCode([0, 0, 0, 0, 3], [3, 3]);
    expect(decodeSession(slotThree)).toEqual({ ok: false, problem: { kind: 'unknown' } });
  });

  it('draw seeds across the whole range', () => {
    expect(newSessionSeed(() => 0)).toBe(0);
    expect(newSessionSeed(() => 0.999999999)).toBe(SESSION_SEEDS - 1);
  });
});
