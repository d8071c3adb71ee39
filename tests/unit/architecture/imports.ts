import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** A source file, by its path from the repository's root (`src/sim/run.ts`), and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One import of a file: what it names (`../sim/run.ts`, `zod`) and, for a relative one, the file it reaches. */
export interface Import {
  from: string;
  specifier: string;
  /** The path from the root for a relative import; the package's name otherwise (`zustand`, `@fontsource/x`). */
  target: string;
  relative: boolean;
  /** `import type …` or `export type …`: gone once compiled. */
  typeOnly: boolean;
}

/** Every .ts and .js file under a folder of the repository, with its text. */
export function readSources(root: string, folder: string): SourceFile[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js)$/.test(f))
    .map((f) => posix.join(folder, f.split('\\').join('/')))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** The code without its comments (block comments, and line comments that start a line or follow code). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const STATIC = /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"`]([^'"`]+)['"`]\s*\)/g;

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The imports of a file: static `import … from` and `export … from`, bare `import '…'`, and `import()`. */
export function importsOf(file: SourceFile): Import[] {
  const code = withoutComments(file.text);
  const found = [STATIC, SIDE_EFFECT, DYNAMIC].flatMap((re) =>
    [...code.matchAll(re)].map((m) => ({
      specifier: m[1] ?? '',
      typeOnly: /^\s*(import|export)\s+type\b/.test(m[0]),
    })),
  );
  return found.map(({ specifier, typeOnly }) => {
    const relative = specifier.startsWith('.');
    const target = relative
      ? posix.normalize(posix.join(posix.dirname(file.path), specifier))
      : packageOf(specifier);
    return { from: file.path, specifier, target, relative, typeOnly };
  });
}
