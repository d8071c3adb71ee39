import { describe, expect, it } from 'vitest';
import { checkSave, DEFAULT_SETTINGS, SAVE_VERSION } from '../../../src/state/saveSchema.ts';

/** A save whose career played one mission, its record as given. */
const saveWith = (record: Record<string, unknown>) => ({
  version: SAVE_VERSION,
  settings: { ...DEFAULT_SETTINGS, language: 'fr' },
  career: {
    background: 'b',
    seed: 1,
    playlist: 'career',
    xp: {},
    reputation: 10,
    history: [{ missionId: 'm', stars: 1, score: 40, contract: null, rank: 'stagiaire', ...record }],
    factsMet: [],
    done: false,
  },
  run: null,
});

describe('the team a saved mission remembers', () => {
  it('keeps the team hired, so its colleagues remember the mission', () => {
    const read = checkSave(saveWith({ team: ['expert-metier'] }));
    expect(read.ok && read.save.career?.history[0]?.team).toEqual(['expert-metier']);
  });

  it('still reads a career saved before the cast, without a team', () => {
    expect(checkSave(saveWith({})).ok).toBe(true);
  });

  it('refuses a team that is not a list of roles, saying where', () => {
    const read = checkSave(saveWith({ team: 'expert-metier' }));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(/history.*team/);
  });
});
