import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFileOf } from '../../../src/content/jsonSchema.ts';
import { fileSchemas, kindOf } from '../../../src/content/schemas.ts';
import { loadLevels } from '../../../src/content/validate.ts';
import { levelsDir, realLevelFiles, repoRoot } from './levelFiles.ts';

describe('the levels/ folder', () => {
  const files = realLevelFiles();

  it('holds at least one file of every kind', () => {
    const kinds = new Set(files.map((f) => kindOf(f.path)));
    expect([...kinds].sort()).toEqual(Object.keys(fileSchemas).sort());
  });

  it.each(files.map((f) => [f.path, f.text]))('%s matches the schema of its kind', (path, text) => {
    const kind = kindOf(path);
    expect(kind).toBeDefined();
    if (!kind) return;
    const result = fileSchemas[kind].safeParse(JSON.parse(text));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f.text]))(
    '%s points its "$schema" at the schema of its kind',
    (path, text) => {
      const kind = kindOf(path);
      if (!kind) throw new Error(`${path} is of no known kind`);
      const schemaRef: unknown = JSON.parse(text).$schema;
      expect(typeof schemaRef).toBe('string');
      const target = join(dirname(join(levelsDir, path)), String(schemaRef));
      expect(relative(repoRoot, target).replaceAll('\\', '/')).toBe(schemaFileOf(kind));
      expect(existsSync(target)).toBe(true);
    },
  );

  it('loads into a catalogue with no problem', () => {
    const { catalogue, problems } = loadLevels(files);
    expect(problems).toEqual([]);
    expect(catalogue).toBeDefined();
  });

  it('keeps every entry of every file in the catalogue', () => {
    const { catalogue } = loadLevels(files);
    const listed = (name: 'formats' | 'tools' | 'roles' | 'recruiters' | 'facts') =>
      files
        .filter((f) => kindOf(f.path) === name)
        .flatMap((f) => JSON.parse(f.text)[name] as { id: string }[])
        .map((x) => x.id)
        .sort();
    for (const name of ['formats', 'tools', 'roles', 'recruiters', 'facts'] as const) {
      expect(Object.keys(catalogue?.[name] ?? {}).sort(), name).toEqual(listed(name));
    }
    const missionIds = files.filter((f) => kindOf(f.path) === 'mission').map((f) => JSON.parse(f.text).id);
    expect(Object.keys(catalogue?.missions ?? {}).sort()).toEqual(missionIds.sort());
    expect(catalogue?.missions[missionIds[0]]).not.toHaveProperty('$schema');
  });
});
