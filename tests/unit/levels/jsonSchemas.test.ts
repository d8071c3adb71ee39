import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelJsonSchemas, schemaFileOf } from '../../../src/content/jsonSchema.ts';
import { fileSchemas } from '../../../src/content/schemas.ts';
import { repoRoot } from './levelFiles.ts';

describe('the JSON Schemas in docs/schema/', () => {
  it.each(levelJsonSchemas())('$kind is what `npm run levels:schema` writes today', ({ kind, text }) => {
    const file = join(repoRoot, schemaFileOf(kind));
    expect(existsSync(file), `${schemaFileOf(kind)} is missing: run npm run levels:schema`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${schemaFileOf(kind)} is stale: run npm run levels:schema`).toBe(
      text,
    );
  });

  it('are exactly one per kind of level file, with no schema left from a removed kind', () => {
    const onDisk = readdirSync(join(repoRoot, 'docs/schema')).filter((f) => f.endsWith('.schema.json'));
    expect(onDisk.sort()).toEqual(
      Object.keys(fileSchemas)
        .map((k) => `${k}.schema.json`)
        .sort(),
    );
  });

  it('leave defaulted fields optional and allow "$schema"', () => {
    const mission = JSON.parse(levelJsonSchemas().find((s) => s.kind === 'mission')?.text ?? '{}');
    expect(mission.additionalProperties).toBe(false);
    expect(mission.properties.$schema).toEqual({ type: 'string' });
    expect(mission.required).toContain('budget');
    expect(mission.required).not.toContain('facts');
    expect(mission.required).not.toContain('$schema');
  });
});
