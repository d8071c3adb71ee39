import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpackSuspend } from '../../../src/modes/course/suspendData.ts';
import { ALPHABET } from '../../../src/sim/classroom/codeAlphabet.ts';
import { takeCodes } from '../../../src/sim/classroom/pastedCodes.ts';
import { decodeResult } from '../../../src/sim/classroom/resultCode.ts';
import { decodeSession, encodeSession } from '../../../src/sim/classroom/sessionCode.ts';
import { memoryStorage, SafeStorage } from '../../../src/state/safeStorage.ts';
import { BACKUP_PREFIX, loadSave, SAVE_KEY } from '../../../src/state/saveGame.ts';
import { checkSave } from '../../../src/state/saveSchema.ts';
import { realCatalogue } from '../fixtures.ts';
import { coursePupil } from '../modes/coursePupil.ts';

// Random and mutated input thrown at every decoder of what comes from outside (typed, pasted, stored, sent by
// a platform): none may throw, and every refusal must carry a reason.
const RUNS = { numRuns: 400 };
const cat = realCatalogue();
const played = coursePupil(cat, 1);
const validSave = played.values.save ?? '';
const shapes = played.missions.map((m) => ({ formats: m.formats.length, topics: 40 }));

/** Text that looks like a code: the code alphabet, dashes, spaces, look-alikes, and anything else. */
const codeLike = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(...ALPHABET, '-', ' ', 'O', '0', 'I', '1', 'l', 'é', '\n'),
    maxLength: 20,
  }),
);

/** A valid text with a few characters replaced, removed or added. */
const mutated = (valid: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat(valid.length),
        fc.constantFrom('replace', 'delete', 'insert'),
        fc.string({ maxLength: 3 }),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((edits) => {
      let s = valid;
      for (const [at, how, text] of edits) {
        const i = at % (s.length + 1);
        s =
          how === 'delete'
            ? s.slice(0, i) + s.slice(i + 1)
            : how === 'insert'
              ? s.slice(0, i) + text + s.slice(i)
              : s.slice(0, i) + text + s.slice(i + text.length);
      }
      return s;
    });

describe('hostile input at every decoder', () => {
  it('session codes: read or refused with a kind of problem', () => {
    fc.assert(
      fc.property(codeLike, (typed) => {
        const read = decodeSession(typed);
        if (read.ok) expect(decodeSession(read.code)).toEqual(read);
        else expect(read.problem.kind).toMatch(/\w+/);
      }),
      RUNS,
    );
  });

  it('result codes, typed or pasted by the handful: each read or refused with its reason', () => {
    const session = encodeSession({ playlist: 'classroom', length: shapes.length, seed: 77 });
    fc.assert(
      fc.property(codeLike, fc.array(codeLike, { maxLength: 5 }), (typed, pasted) => {
        const read = decodeResult(typed, session, shapes);
        if (!read.ok) expect(read.problem.kind).toMatch(/\w+/);
        const intake = takeCodes(pasted.join('\n'), session, shapes, []);
        for (const r of intake.refused) expect(r.problem.kind).toMatch(/\w+/);
      }),
      RUNS,
    );
  });

  it('saves, random or damaged: a valid save loads, anything else is refused and kept aside, never lost', () => {
    const intact = memoryStorage();
    intact.setItem(SAVE_KEY, validSave);
    expect(loadSave(new SafeStorage(intact)).save?.run?.missionId).toBe(played.missions[1]?.id);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated(validSave)), (raw) => {
        const backend = memoryStorage();
        backend.setItem(SAVE_KEY, raw);
        const storage = new SafeStorage(backend);
        const loaded = loadSave(storage);
        if (loaded.save) {
          expect(checkSave(loaded.save).ok).toBe(true);
        } else {
          expect(loaded.notices).toContain('save-unreadable');
          const kept = storage.keys(BACKUP_PREFIX).map((k) => JSON.parse(storage.get(k) ?? '{}'));
          expect(kept).toContainEqual({ reason: expect.any(String), raw });
          expect(kept[0]?.reason.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('a platform’s suspend data: read, or refused with the reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `PS1.${s}`),
          fc.base64String().map((s) => `PS1.${s}`),
        ),
        (text) => {
          const read = unpackSuspend(text);
          if (!read.ok) expect(read.reason.length).toBeGreaterThan(0);
          else for (const v of Object.values(read.values)) expect(typeof v).toBe('string');
        },
      ),
      RUNS,
    );
  });
});
