import { describe, expect, it } from 'vitest';
import { draftCatalogue } from '../../../src/content/draftCatalogue.ts';
import { realLevelFiles, textOf } from '../levels/levelFiles.ts';

const files = realLevelFiles();
const source = JSON.parse(textOf(files, 'missions/module-securite-entrepot.json')) as Record<string, unknown>;

describe('the catalogue the balance test plays a draft in', () => {
  it('holds the draft in place of the mission it copies, under the same id', () => {
    const draft = { ...source, budget: 12345 };
    const found = draftCatalogue(files, JSON.stringify(draft));
    expect(found?.missionId).toBe('module-securite-entrepot');
    expect(found?.catalogue.missions['module-securite-entrepot']?.budget).toBe(12345);
  });

  it('adds a draft with a new id at the end of the career, as the check does', () => {
    const draft = { ...source, id: 'securite-entrepot-corbas', facts: ['F02', 'F09', 'F04'] };
    const found = draftCatalogue(files, JSON.stringify(draft));
    expect(found?.missionId).toBe('securite-entrepot-corbas');
    expect(found?.catalogue.playlists.career.at(-1)).toBe('securite-entrepot-corbas');
  });

  it('gives nothing for a draft with problems', () => {
    expect(draftCatalogue(files, JSON.stringify({ ...source, weeks: 0 }))).toBeNull();
    expect(draftCatalogue(files, '{"id": ')).toBeNull();
  });
});
