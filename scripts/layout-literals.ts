/**
 * Counts the literal numbers left in src/scenes (other than 0, 1 and -1), per file: the layout should come
 * from the tokens and slots of src/ui/layout.ts, not from numbers typed into screens.
 * `npx tsx scripts/layout-literals.ts` prints the total and the files with most.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export function literalNumbers(source: string): number {
  const file = ts.createSourceFile('scene.ts', source, ts.ScriptTarget.Latest, false);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node) && !['0', '1'].includes(node.text)) count++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function sceneLiterals(root = 'src/scenes'): { file: string; count: number }[] {
  return files(root)
    .map((file) => ({ file, count: literalNumbers(readFileSync(file, 'utf8')) }))
    .sort((a, b) => b.count - a.count);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sceneLiterals();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  console.log(`Literal numbers in src/scenes (not 0 or 1): ${total}`);
  for (const r of rows.filter((r) => r.count > 0)) console.log(`${String(r.count).padStart(5)}  ${r.file}`);
}
