import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelJsonSchemas, schemaFileOf } from '../src/content/jsonSchema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const { kind, text } of levelJsonSchemas()) {
  const file = resolve(root, schemaFileOf(kind));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${schemaFileOf(kind)}`);
}
