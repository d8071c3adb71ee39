import { randomInt } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Zippable, zipSync } from 'fflate';
import { build } from 'vite';
import type { Catalogue } from '../../src/content/types.ts';
import { urlForMode } from '../../src/modes/urlMode.ts';
import {
  decodeSession,
  encodeSession,
  SESSION_PLAYLISTS,
  SESSION_SEEDS,
  type Session,
} from '../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions } from '../../src/sim/classroom/sessionPlan.ts';
import { absolutePaths, manifestXml, SCHEMA_FILES } from './manifest.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('./schemas', import.meta.url));
/** Every file in the zip gets this date, so the same build makes the same package. */
const STAMP = new Date('2026-01-01T00:00:00Z');

export interface PackageOptions {
  playlist: string;
  /** Missions from the playlist's start; null: as many as a session of it can hold. */
  length: number | null;
  /** A session code to package as it is (playlist, length and seed), instead of a new one. */
  session: string | null;
  masteryScore: number | null;
  zip: string;
  /** Where the game is built before zipping. */
  outDir?: string;
}

export interface MadePackage {
  zip: string;
  bytes: number;
  files: number;
  sessionCode: string;
  missions: string[];
  outDir: string;
}

/** The session the package plays, from the options, or a clear error saying what to change. */
export function courseSession(
  cat: Catalogue,
  o: Pick<PackageOptions, 'playlist' | 'length' | 'session'>,
): Session {
  if (o.session) {
    const read = decodeSession(o.session);
    if (!read.ok) throw new Error(`--session ${o.session} is not a session code (${read.problem.kind})`);
    return read.session;
  }
  const option = sessionOptions(cat).find((x) => x.playlist === o.playlist);
  if (!option)
    throw new Error(
      `--playlist ${o.playlist} is not one a session can play: ${SESSION_PLAYLISTS.join(', ')}`,
    );
  const length = o.length ?? option.maxLength;
  if (!Number.isInteger(length) || length < 1 || length > option.maxLength)
    throw new Error(`--length ${o.length} is out of range: 1 to ${option.maxLength} for ${o.playlist}`);
  return { playlist: option.playlist, length, seed: randomInt(SESSION_SEEDS) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export async function packageScorm(cat: Catalogue, o: PackageOptions): Promise<MadePackage> {
  if (
    o.masteryScore !== null &&
    !(Number.isInteger(o.masteryScore) && o.masteryScore >= 0 && o.masteryScore <= 100)
  )
    throw new Error(`--mastery ${o.masteryScore} must be a whole number from 0 to 100`);
  const session = courseSession(cat, o);
  const sessionCode = encodeSession(session);
  const missions = (sessionMissions(session, cat) ?? []).map((m) => m.id);
  if (missions.length === 0)
    throw new Error(`session ${sessionCode}: the levels no longer have its missions`);
  const outDir = resolve(ROOT, o.outDir ?? 'dist-scorm');
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const built = filesUnder(outDir).map((f) => relative(outDir, f).split('\\').join('/'));
  for (const f of built.filter((x) => /\.(html|css|js)$/.test(x))) {
    const found = absolutePaths(readFileSync(join(outDir, f), 'utf8'));
    if (found.length > 0)
      throw new Error(
        `${f} asks for ${found[0]}: an absolute path breaks inside a package (vite base must be './')`,
      );
  }
  for (const schema of SCHEMA_FILES) copyFileSync(join(SCHEMAS, schema), join(outDir, schema));
  const launch = `index.html${urlForMode({ kind: 'course', session: sessionCode })}`;
  const title = `Pédago Studio · ${sessionCode}`;
  writeFileSync(
    join(outDir, 'imsmanifest.xml'),
    manifestXml({ sessionCode, title, launch, files: built, masteryScore: o.masteryScore }),
  );
  const entries: Zippable = {};
  for (const f of filesUnder(outDir))
    entries[relative(outDir, f).split('\\').join('/')] = [new Uint8Array(readFileSync(f)), { mtime: STAMP }];
  const zipped = zipSync(entries, { level: 9 });
  const zip = resolve(ROOT, o.zip);
  writeFileSync(zip, zipped);
  return { zip, bytes: zipped.length, files: Object.keys(entries).length, sessionCode, missions, outDir };
}
