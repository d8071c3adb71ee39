import { decodeSession, type Session } from './sessionCode.ts';

/**
 * A session's file, to move its result codes to another browser:
 * `{ "app": "pedago-studio", "kind": "class-results", "version": 1, "session": "K7M-Q2X", "codes": [...] }`.
 * It holds what the teacher's browser keeps (the session and the codes as accepted), nothing more.
 */
export const CLASS_FILE_VERSION = 1;
const APP = 'pedago-studio';
const KIND = 'class-results';
/** Far more than a class: a file longer than this is not one of ours (and is not read further). */
const MAX_FILE_CHARS = 200_000;
const MAX_CODES = 2_000;

export interface ClassFile {
  session: Session;
  /** The session's code, canonical (K7M-Q2X). */
  sessionCode: string;
  /** The codes as the file lists them, to go through the same acceptance as typed codes. */
  codes: string[];
}

/** Why a file is refused: not JSON, not ours, written by a newer game, or ours but damaged. */
export type ClassFileProblem = 'notJson' | 'foreign' | 'newer' | 'broken';

export type ReadClassFile = ({ ok: true } & ClassFile) | { ok: false; problem: ClassFileProblem };

/** The file's text for a session and its accepted codes. */
export function classFileText(sessionCode: string, codes: readonly string[]): string {
  const file = { app: APP, kind: KIND, version: CLASS_FILE_VERSION, session: sessionCode, codes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a file a teacher picked. Checked by hand rather than with zod: the game's bundle does not ship the
 * validator (docs/architecture.md, Content), and five fields do not need it.
 */
export function readClassFile(text: string): ReadClassFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problem: 'foreign' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isRecord(data) || data.app !== APP || data.kind !== KIND) return { ok: false, problem: 'foreign' };
  const { version, session, codes } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'broken' };
  if (version > CLASS_FILE_VERSION) return { ok: false, problem: 'newer' };
  if (typeof session !== 'string') return { ok: false, problem: 'broken' };
  const read = decodeSession(session);
  if (!read.ok) return { ok: false, problem: 'broken' };
  if (!Array.isArray(codes) || codes.length > MAX_CODES || !codes.every((c) => typeof c === 'string'))
    return { ok: false, problem: 'broken' };
  return { ok: true, session: read.session, sessionCode: read.code, codes: codes as string[] };
}
