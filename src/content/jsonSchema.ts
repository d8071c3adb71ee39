import { z } from 'zod';
import { type FileKind, fileSchemas } from './schemas.ts';

/** Where a kind's JSON Schema lives, relative to the repository root. */
export const schemaFileOf = (kind: FileKind): string => `docs/schema/${kind}.schema.json`;

/**
 * The JSON Schema of each kind of level file, as the text written to docs/schema/, so that editors
 * complete and check level files. Described as input: fields with a default may be left out.
 */
export function levelJsonSchemas(): { kind: FileKind; text: string }[] {
  return (Object.keys(fileSchemas) as FileKind[]).map((kind) => {
    const schema = z.toJSONSchema(fileSchemas[kind], { io: 'input' });
    const titled = { ...schema, title: `Pédago Studio level file: ${kind}` };
    return { kind, text: `${JSON.stringify(titled, null, 2)}\n` };
  });
}
