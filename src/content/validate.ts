import type { z } from 'zod';
import { jsonErrorWhere, jsonPath, type Problem } from './problem.ts';
import { checkReferences } from './references.ts';
import { type FileKind, fileSchemas, kindOf } from './schemas.ts';
import { textLanguageProblems } from './textLanguages.ts';
import type { Catalogue } from './types.ts';

export interface LevelFile {
  /** Path relative to the levels folder, with forward slashes. */
  path: string;
  text: string;
}

type Parsed = { [K in FileKind]: { file: string; data: z.output<(typeof fileSchemas)[K]> }[] };

type Read = { file: string; json: unknown };

function parseAll(files: LevelFile[], problems: Problem[], read: Read[]): Parsed {
  const parsed = Object.fromEntries(Object.keys(fileSchemas).map((k) => [k, []])) as unknown as Parsed;
  for (const f of files) {
    const kind = kindOf(f.path);
    if (!kind) {
      problems.push({
        file: f.path,
        path: '$',
        message: 'not a known kind of level file (see docs/levels.md)',
      });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch (e) {
      const msg = (e as Error).message;
      problems.push({ file: f.path, path: jsonErrorWhere(f.text, msg), message: `invalid JSON: ${msg}` });
      continue;
    }
    const result = fileSchemas[kind].safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: f.path, path: jsonPath(issue.path), message: issue.message });
      }
      continue;
    }
    (parsed[kind] as { file: string; data: unknown }[]).push({ file: f.path, data: result.data });
    read.push({ file: f.path, json });
  }
  return parsed;
}

function single<T>(list: { file: string; data: T }[], name: string, problems: Problem[]): T | undefined {
  if (list.length === 0) problems.push({ file: name, path: '$', message: 'file is missing or invalid' });
  return list[0]?.data;
}

/** Validates every level file, checks references between them, and builds the catalogue the rules read. */
export function loadLevels(files: LevelFile[]): { catalogue?: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const read: Read[] = [];
  const parsed = parseAll(files, problems, read);
  problems.push(...textLanguageProblems(read));
  const rules = single(parsed.rules, 'rules.json', problems);
  const playlists = single(parsed.playlists, 'playlists.json', problems);
  const { catalogue, problems: refProblems } = checkReferences(parsed, rules, playlists);
  problems.push(...refProblems);
  return problems.length === 0 ? { catalogue, problems } : { problems };
}

export type { Parsed };
