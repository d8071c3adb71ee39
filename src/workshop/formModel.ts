/**
 * The form a JSON Schema calls for (the mission's, from src/content/jsonSchema.ts's way): what kind of control
 * each field gets. Pure: no DOM, so it is unit-tested; schemaForm.ts draws it.
 */

/** The part of JSON Schema zod writes for level files that the form reads. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** One value a select or a checkbox list offers, with what the teacher reads. */
export interface Option {
  value: string;
  label: string;
}

export type Field =
  /** A content text: one box per language, French first. */
  | { kind: 'text' }
  | { kind: 'string'; nullable: boolean }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  /** One of a closed list (an enum, or an id of the catalogue); `nullable`: none is written null. */
  | { kind: 'choice'; options: Option[]; nullable: boolean }
  /** Several of a closed list, as checkboxes. */
  | { kind: 'choices'; options: Option[]; max?: number }
  | { kind: 'object'; props: Prop[] }
  | { kind: 'list'; item: Field; min?: number; max?: number }
  /** What the form does not draw: edited in the raw JSON view. */
  | { kind: 'raw' };

export interface Prop {
  name: string;
  field: Field;
  /** Left out of the file when empty (the schema does not require it, or gives a default). */
  optional: boolean;
  /** The schema's default, which a new item starts with. */
  initial?: unknown;
}

/** The options of a field named `name` whose values are ids of the catalogue, if it is one such field. */
export type OptionsOf = (name: string, values?: readonly string[]) => Option[] | undefined;

const isText = (s: JsonSchema) =>
  s.type === 'object' && s.properties?.fr !== undefined && typeof s.additionalProperties === 'object';

const NEVER_DRAWN = new Set(['$schema']);

/** The form of one field named `name` (its name finds its catalogue list and its words). */
export function fieldOf(schema: JsonSchema, name: string, options: OptionsOf): Field {
  const nullableOf = schema.anyOf?.find((s) => s.type !== 'null');
  if (nullableOf && schema.anyOf?.some((s) => s.type === 'null')) {
    const inner = fieldOf(nullableOf, name, options);
    if (inner.kind === 'string') return { kind: 'string', nullable: true };
    if (inner.kind === 'choice') return { ...inner, nullable: true };
    return { kind: 'raw' };
  }
  if (isText(schema)) return { kind: 'text' };
  const enumValues = schema.enum?.filter((v): v is string => typeof v === 'string');
  switch (schema.type) {
    case 'string': {
      const listed = options(name, enumValues);
      if (listed) return { kind: 'choice', options: listed, nullable: false };
      return { kind: 'string', nullable: false };
    }
    case 'integer':
    case 'number': {
      const min =
        schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1);
      const max = schema.maximum !== undefined && schema.maximum < 1e9 ? schema.maximum : undefined;
      return { kind: 'number', integer: schema.type === 'integer', min, max };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const items = schema.items ?? {};
      const values = items.enum?.filter((v): v is string => typeof v === 'string');
      const listed = items.type === 'string' ? options(name, values) : undefined;
      if (listed) return { kind: 'choices', options: listed, max: schema.maxItems };
      const item = fieldOf(items, name, options);
      if (item.kind === 'raw') return item;
      return { kind: 'list', item, min: schema.minItems, max: schema.maxItems };
    }
    case 'object': {
      if (!schema.properties) return { kind: 'raw' };
      const required = new Set(schema.required ?? []);
      const props = Object.entries(schema.properties)
        .filter(([key]) => !NEVER_DRAWN.has(key))
        .map(([key, s]) => ({
          name: key,
          field: fieldOf(s, key, options),
          optional: !required.has(key) && s.default === undefined,
          initial: s.default,
        }));
      return { kind: 'object', props };
    }
    default:
      return { kind: 'raw' };
  }
}

/** What a new item of a list starts as: the schema's defaults, empty texts, the first option, the lowest number. */
export function emptyValue(field: Field): unknown {
  switch (field.kind) {
    case 'text':
      return { fr: '', en: '' };
    case 'string':
      return field.nullable ? null : '';
    case 'number':
      return field.min ?? 0;
    case 'boolean':
      return false;
    case 'choice':
      return field.nullable ? null : (field.options[0]?.value ?? '');
    case 'choices':
    case 'list':
      return [];
    case 'object':
      return Object.fromEntries(
        field.props
          .filter((p) => !p.optional)
          .map((p) => [p.name, p.initial === undefined ? emptyValue(p.field) : structuredClone(p.initial)]),
      );
    default:
      return null;
  }
}

/** A list with its item at `from` moved to `to` (a new array: the draft's history stays intact). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** A JSON path ($.deck[2].name.fr) from the keys leading to a value. */
export const pathOf = (keys: readonly (string | number)[]): string =>
  keys.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${k}`), '$');

/**
 * The nearest path a form control stands for: a problem at `$.constraints[0]` (the whole item) or `$.deck`
 * (the list) goes to the item's or the list's first control.
 */
export function nearestPath(path: string, known: (path: string) => boolean): string | null {
  let p = path;
  for (;;) {
    if (known(p)) return p;
    const up = p.replace(/(\.[^.[]+|\[\d+\])$/, '');
    if (up === p) return null;
    p = up;
  }
}
