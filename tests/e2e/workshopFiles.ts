import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { readLevelFiles } from '../../scripts/readLevels.ts';
import { loadLevels } from '../../src/content/validate.ts';

const LEVELS = resolve(import.meta.dirname, '../../levels');

/** What a download holds, as text. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The problems `npm run levels:check` finds with `text` dropped into levels/missions/ as `name`. */
export function levelsCheckWith(name: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pedago-levels-'));
  try {
    cpSync(LEVELS, dir, { recursive: true });
    writeFileSync(join(dir, 'missions', name), text);
    return loadLevels(readLevelFiles(dir)).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
