import { describe, expect, it } from 'vitest';
import { MAX_STARS, SKILLS } from '../../../src/content/vocabulary.ts';
import {
  fittingSuspend,
  packSuspend,
  SUSPEND_LIMIT,
  unpackSuspend,
} from '../../../src/modes/course/suspendData.ts';
import { sessionOptions } from '../../../src/sim/classroom/sessionPlan.ts';
import { PSEUDONYM_MAX } from '../../../src/state/pupilStore.ts';
import { SAVE_VERSION } from '../../../src/state/saveSchema.ts';
import { realCatalogue } from '../fixtures.ts';
import { coursePupil } from './coursePupil.ts';

const cat = realCatalogue();
const longest = (ids: Iterable<string>) => [...ids].reduce((a, b) => (b.length > a.length ? b : a), '');
/** The widest number a field can hold as JSON. */
const WIDE = -Number.MAX_SAFE_INTEGER - 0.5;

/** What the course mode drops when the suspend data would be too long (src/modes/setup/courseSetup.ts). */
function withoutRun(values: Record<string, string>): Record<string, string> {
  const save = JSON.parse(values.save ?? 'null');
  return { ...values, save: JSON.stringify({ ...save, run: null }) };
}

/**
 * The longest course a session can make, field by field: every fact met, every skill's experience at the
 * widest number, the longest ids the content has in every mission of the longest session, the most
 * escaped pseudonym, every setting at its longest spelling.
 */
function largestCourse(): Record<string, string> {
  const length = Math.max(...sessionOptions(cat).map((o) => o.maxLength));
  const missionId = longest(Object.keys(cat.missions));
  const history = Array.from({ length }, () => ({
    missionId,
    stars: MAX_STARS,
    score: WIDE,
    contract: longest(Object.keys(cat.contracts)),
    rank: longest(cat.ranks.map((r) => r.id)),
    team: Object.keys(cat.roles),
  }));
  const save = {
    version: SAVE_VERSION,
    settings: {
      language: 'fr',
      muted: false,
      musicVolume: 0.30000000000000004,
      effectsVolume: 0.30000000000000004,
      textStep: 2,
      highContrast: false,
      reducedMotion: false,
      dyslexicFont: false,
    },
    career: {
      background: longest(Object.keys(cat.backgrounds)),
      seed: -2147483648,
      playlist: 'classroom',
      xp: Object.fromEntries(SKILLS.map((s) => [s, WIDE])),
      reputation: WIDE,
      history,
      factsMet: Object.keys(cat.facts),
      done: false,
    },
    run: null,
  };
  const summaries = Object.fromEntries(
    Array.from({ length }, (_, i) => [`${missionId}-${i}`, { stars: MAX_STARS, format: 99, topic: 99 }]),
  );
  const pupil = { pseudonym: '\u2028"\\'.repeat(PSEUDONYM_MAX), ticket: 960, summaries };
  return { save: JSON.stringify(save), pupil: JSON.stringify(pupil) };
}

describe("a course's progress in the platform's suspend data", () => {
  it('reads back what it wrote, and refuses what it did not write, saying why', () => {
    const values = { save: '{"a":1}', pupil: 'é\u00a0«»' };
    expect(unpackSuspend(packSuspend(values))).toEqual({ ok: true, values });
    expect(unpackSuspend('viewed=1,2,3|last=31')).toEqual({
      ok: false,
      reason: 'not this game’s suspend data',
    });
    expect(unpackSuspend('PS1.AAAA')).toEqual({ ok: false, reason: 'damaged suspend data' });
    expect(unpackSuspend(`PS1.${btoa('not deflated')}`)).toEqual({
      ok: false,
      reason: 'damaged suspend data',
    });
  });

  it('is written in characters every platform keeps as they are', () => {
    expect(packSuspend(largestCourse())).toMatch(/^[A-Za-z0-9+/=.]+$/);
  });

  it('holds the largest course a session can make in SCORM 1.2’s 4,096 characters', () => {
    const values = largestCourse();
    const packed = fittingSuspend(values, withoutRun);
    expect(packed).not.toBeNull();
    expect(packed?.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    // The JSON itself would not have fitted everywhere: deflating is what leaves room for a mission under way.
    expect((packed?.length ?? 0) * 2).toBeLessThan(SUSPEND_LIMIT);
  });

  it('keeps a mission under way when it fits, and drops it, not the course, when it does not', () => {
    const { values } = coursePupil(cat, 2);
    const kept = fittingSuspend(values, withoutRun);
    expect(kept && unpackSuspend(kept)).toEqual({ ok: true, values });
    const save = JSON.parse(values.save ?? '{}');
    expect(save.run?.choices.length).toBeGreaterThan(1);
    // A player who turned a tool on and off a thousand times: the run's choices no longer fit.
    const toggles = Array.from({ length: 3000 }, (_, i) => ({
      t: 'tool',
      id: `outil-${i}`,
      on: i % 2 === 0,
    }));
    const huge = { ...values, save: JSON.stringify({ ...save, run: { ...save.run, choices: toggles } }) };
    const light = fittingSuspend(huge, withoutRun);
    expect(light).not.toBeNull();
    const back = light ? unpackSuspend(light) : null;
    expect(back?.ok && JSON.parse(back.values.save ?? '{}').run).toBeNull();
    expect(back?.ok && back.values.pupil).toBe(values.pupil);
  });
});
