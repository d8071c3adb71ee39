/** What a mission file in levels/missions/ opens with, so editors complete and check it (docs/levels.md). */
export const MISSION_SCHEMA_REF = '../../docs/schema/mission.schema.json';

/** The formatter's line width (biome.json), which decides whether a short list stays on one line. */
const LINE_WIDTH = 110;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlain = (v: Json): boolean => v === null || typeof v !== 'object';

/**
 * `value` as `npm run lint` formats level files: two spaces, every object broken over lines, a list of plain
 * values on one line where it fits. A file written here and dropped into levels/ is already formatted.
 */
export function levelJsonText(value: unknown): string {
  return `${write(value as Json, '', 0)}\n`;
}

/** `used`: how many characters the line already holds before the value (its indent and key) and after it. */
function write(value: Json, indent: string, used: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (used + line.length <= LINE_WIDTH) return line;
    }
    const items = value.map((v) => `${inner}${write(v, inner, inner.length + 1)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${write(v, inner, key.length + 1)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** A mission as its file in levels/missions/: the `$schema` line first, then the mission as written. */
export function missionFileText(mission: Record<string, unknown>): string {
  const { $schema: _, ...rest } = mission;
  return levelJsonText({ $schema: MISSION_SCHEMA_REF, ...rest });
}
