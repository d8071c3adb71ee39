import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLevelFiles } from '../../../scripts/readLevels.ts';
import { checkDraft, draftPath } from '../../../src/content/checkDraft.ts';
import { missionFileText } from '../../../src/content/draftFile.ts';
import { BLANK_MISSION } from '../../../src/workshop/blankMission.ts';

const LEVELS = resolve(import.meta.dirname, '../../../levels');
const files = readLevelFiles(LEVELS);
const warehouse = JSON.parse(readFileSync(resolve(LEVELS, 'missions/module-securite-entrepot.json'), 'utf8'));
const draft = (changes: Record<string, unknown>) => JSON.stringify({ ...warehouse, ...changes });

describe('a draft checked among the level files', () => {
  it('stands at missions/<its id>.json, or at a placeholder name when its id is no slug', () => {
    expect(draftPath(draft({}))).toBe('missions/module-securite-entrepot.json');
    expect(draftPath('{"id": "Ma Mission"}')).toBe('missions/brouillon.json');
    expect(draftPath('{')).toBe('missions/brouillon.json');
  });

  it('has no problems as a copy of a mission kept under its id', () => {
    expect(checkDraft(files, draft({}))).toEqual([]);
  });

  it('has none as the blank template either, a new mission', () => {
    expect(checkDraft(files, missionFileText(BLANK_MISSION))).toEqual([]);
  });

  it('names a broken field with its path, in the words of the check', () => {
    const title = { ...warehouse.title, fr: '' };
    expect(checkDraft(files, draft({ title, weeks: 0 }))).toEqual([
      { file: 'missions/module-securite-entrepot.json', path: '$.title.fr', message: 'must not be empty' },
      { file: 'missions/module-securite-entrepot.json', path: '$.weeks', message: expect.any(String) },
    ]);
  });

  it('names an event the catalogue does not have', () => {
    const events = [...warehouse.events, 'invasion-martienne'];
    expect(checkDraft(files, draft({ events }))).toEqual([
      {
        file: 'missions/module-securite-entrepot.json',
        path: `$.events[${events.length - 1}]`,
        message: 'unknown event "invasion-martienne"',
      },
    ]);
  });

  it('checks a copy under a new id as a new mission: its first fact must be its own', () => {
    expect(checkDraft(files, draft({ id: 'securite-entrepot-lyon' }))).toEqual([
      {
        file: 'missions/securite-entrepot-lyon.json',
        path: '$.facts[0]',
        message: expect.stringContaining('each mission leads with its own fact'),
      },
    ]);
  });

  it('names what the draft breaks elsewhere: an event no mission draws any more', () => {
    const lonely = readLevelFiles(LEVELS)
      .filter((f) => f.path.startsWith('missions/'))
      .map((f) => JSON.parse(f.text).events as string[]);
    const onlyHere = warehouse.events.filter(
      (e: string) => lonely.filter((events) => events.includes(e)).length === 1,
    );
    if (onlyHere.length === 0) return;
    const problems = checkDraft(files, draft({ events: [], eventCount: 0 }));
    expect(problems.map((p) => p.file)).toContain('catalogue/events.json');
  });
});
