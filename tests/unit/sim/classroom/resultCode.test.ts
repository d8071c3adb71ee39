import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, compact } from '../../../../src/sim/classroom/codeAlphabet.ts';
import {
  decodeResult,
  encodeResult,
  fitsInResultCode,
  type MissionShape,
  type PupilResult,
  RESULT_CODE_LENGTH,
  TICKETS,
} from '../../../../src/sim/classroom/resultCode.ts';
import {
  encodeSession,
  SESSION_PLAYLISTS,
  SESSION_SEEDS,
} from '../../../../src/sim/classroom/sessionCode.ts';

const sessionCodeArb = fc
  .record({
    playlist: fc.constantFrom(...SESSION_PLAYLISTS),
    length: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: SESSION_SEEDS - 1 }),
  })
  .map(encodeSession);

/** Missions as the content may shape them: up to four, each with its formats and topics. */
const shapesArb = fc
  .array(fc.record({ formats: fc.integer({ min: 1, max: 6 }), topics: fc.integer({ min: 8, max: 40 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .filter(fitsInResultCode);

/** Any result a pupil can reach in a session of those missions. */
const caseArb = fc.tuple(sessionCodeArb, shapesArb).chain(([session, shapes]) =>
  fc
    .record({
      ticket: fc.integer({ min: 0, max: TICKETS - 1 }),
      missions: fc.tuple(
        ...shapes.map((s) =>
          fc.record({
            stars: fc.integer({ min: 0, max: 3 }),
            format: fc.integer({ min: 0, max: s.formats - 1 }),
            topic: fc.integer({ min: 0, max: s.topics - 1 }),
          }),
        ),
      ),
    })
    .map((r) => ({ session, shapes, result: r as PupilResult })),
);

describe('result codes', () => {
  it('decode to exactly the result encoded, for every possible result', () => {
    fc.assert(
      fc.property(caseArb, ({ session, shapes, result }) => {
        const code = encodeResult(session, shapes, result);
        expect(decodeResult(code, session, shapes)).toEqual({ ok: true, code, result });
      }),
      { numRuns: 2000 },
    );
  });

  it('are at most 16 characters, in three groups, even with their dashes', () => {
    fc.assert(
      fc.property(caseArb, ({ session, shapes, result }) => {
        const code = encodeResult(session, shapes, result);
        expect(code.length).toBeLessThanOrEqual(16);
        expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/);
        expect(compact(code)).toHaveLength(RESULT_CODE_LENGTH);
      }),
    );
  });

  it('refuse a code with any single character changed', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(RESULT_CODE_LENGTH - 1), fc.constantFrom(...ALPHABET), (c, at, ch) => {
        const chars = compact(encodeResult(c.session, c.shapes, c.result));
        fc.pre(chars[at] !== ch);
        const typo = chars.slice(0, at) + ch + chars.slice(at + 1);
        expect(decodeResult(typo, c.session, c.shapes)).toEqual({ ok: false, problem: { kind: 'checksum' } });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse a code from another session, naming the reason', () => {
    const shapes: MissionShape[] = [{ formats: 4, topics: 22 }];
    const result: PupilResult = { ticket: 17, missions: [{ stars: 2, format: 1, topic: 9 }] };
    const mine = encodeSession({ playlist: 'classroom', length: 1, seed: 4242 });
    const theirs = encodeSession({ playlist: 'classroom', length: 1, seed: 4243 });
    const code = encodeResult(theirs, shapes, result);
    expect(decodeResult(code, mine, shapes)).toEqual({ ok: false, problem: { kind: 'session' } });
  });

  it('give two pupils with the same choices different codes through their tickets', () => {
    const shapes: MissionShape[] = [{ formats: 4, topics: 22 }];
    const s = encodeSession({ playlist: 'career', length: 1, seed: 1 });
    const missions = [{ stars: 3, format: 0, topic: 8 }];
    expect(encodeResult(s, shapes, { ticket: 1, missions })).not.toBe(
      encodeResult(s, shapes, { ticket: 2, missions }),
    );
  });

  it('know when missions have too many choices to fit', () => {
    expect(fitsInResultCode([{ formats: 5, topics: 30 }])).toBe(true);
    expect(fitsInResultCode(Array(4).fill({ formats: 10, topics: 60 }))).toBe(false);
  });
});
