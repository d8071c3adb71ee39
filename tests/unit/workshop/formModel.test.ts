import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { levelJsonText, missionFileText } from '../../../src/content/draftFile.ts';
import { fileSchemas } from '../../../src/content/schemas.ts';
import {
  emptyValue,
  type Field,
  fieldOf,
  type JsonSchema,
  moved,
  nearestPath,
  pathOf,
} from '../../../src/workshop/formModel.ts';

const options = (name: string, values?: readonly string[]) =>
  name === 'events' || name === 'recruiter'
    ? [{ value: 'a', label: 'A' }]
    : values?.map((value) => ({ value, label: value.toUpperCase() }));
const mission = fieldOf(
  z.toJSONSchema(fileSchemas.mission, { io: 'input' }) as JsonSchema,
  'mission',
  options,
);
const props = mission.kind === 'object' ? mission.props : [];
const fieldNamed = (name: string, within = props): Field | undefined =>
  within.find((p) => p.name === name)?.field;

describe('the form of a mission, from its JSON Schema', () => {
  it('draws every field of the file but its $schema line', () => {
    expect(props.map((p) => p.name)).toEqual(
      Object.keys(fileSchemas.mission.shape).filter((k) => k !== '$schema'),
    );
  });

  it('gives texts a box per language, numbers their bounds, lists of the catalogue checkboxes', () => {
    expect(fieldNamed('title')).toEqual({ kind: 'text' });
    expect(fieldNamed('hours')).toEqual({ kind: 'number', integer: true, min: 6, max: 60 });
    expect(fieldNamed('weeks')).toEqual({ kind: 'number', integer: true, min: 1, max: undefined });
    expect(fieldNamed('platform')).toEqual({ kind: 'boolean' });
    expect(fieldNamed('recruiter')).toEqual({
      kind: 'choice',
      options: [{ value: 'a', label: 'A' }],
      nullable: false,
    });
    expect(fieldNamed('events')).toMatchObject({ kind: 'choices' });
    expect(fieldNamed('evaluation')).toMatchObject({ kind: 'choices', max: 2 });
  });

  it('makes the lists of items lists of forms, with the fixed words of their enums', () => {
    const questions = fieldNamed('questions');
    expect(questions).toMatchObject({ kind: 'list', item: { kind: 'object' } });
    const question =
      questions?.kind === 'list' && questions.item.kind === 'object' ? questions.item.props : [];
    expect(fieldNamed('who', question)).toMatchObject({
      kind: 'choice',
      options: [{ value: 'client', label: 'CLIENT' }, {}, {}],
    });
    expect(fieldNamed('reveals', question)).toEqual({ kind: 'string', nullable: true });
    expect(question.find((p) => p.name === 'hint')).toMatchObject({
      optional: true,
      field: { kind: 'choice' },
    });
    expect(question.find((p) => p.name === 'listening')?.optional).toBe(false);
  });

  it('starts a new item with the schema’s defaults, its texts empty, its numbers at their lowest', () => {
    const deck = fieldNamed('deck');
    expect(deck?.kind === 'list' && emptyValue(deck.item)).toEqual({
      id: '',
      name: { fr: '', en: '' },
      type: 'acquire',
      hours: 1,
      role: 'learn',
      objectives: [],
    });
  });

  it('moves an item within a list, and finds the control nearest to a problem’s path', () => {
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(pathOf(['deck', 2, 'name', 'fr'])).toBe('$.deck[2].name.fr');
    const known = new Set(['$.constraints[0].id', '$.constraints[0]', '$.deck']);
    expect(nearestPath('$.constraints[0]', (p) => known.has(p))).toBe('$.constraints[0]');
    expect(nearestPath('$.deck[4].objectives[1]', (p) => known.has(p))).toBe('$.deck');
    expect(nearestPath('line 3, column 2', (p) => known.has(p))).toBeNull();
  });
});

describe('a mission as a file', () => {
  it('is written as the formatter writes levels/: every mission file reads back to its own text', () => {
    const dir = resolve(import.meta.dirname, '../../../levels/missions');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(resolve(dir, f), 'utf8');
      // JSON keeps no trace of a number's `.0`.
      expect(levelJsonText(JSON.parse(text)), f).toBe(text.replace(/(\d)\.0\b/g, '$1'));
    }
  });

  it('opens with its $schema line, whatever the draft held', () => {
    expect(missionFileText({ id: 'x', $schema: 'elsewhere' })).toBe(
      '{\n  "$schema": "../../docs/schema/mission.schema.json",\n  "id": "x"\n}\n',
    );
  });
});
