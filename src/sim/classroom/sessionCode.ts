import { type CodeProblem, fromDigits, readCode, toDigits, writeCode } from './codeAlphabet.ts';

/**
 * The playlists a session can follow, in a fixed order: a session code stores the index, so this order
 * must never change (add new names at the end). `custom` is the workshop's missions a teacher brought
 * (src/modes/custom/): they travel beside the code, in the share link or a file.
 */
export const SESSION_PLAYLISTS = ['classroom', 'career', 'kiosk', 'custom'] as const;
export type SessionPlaylist = (typeof SESSION_PLAYLISTS)[number];

/** At most this many missions in a session: a result code has room for four. */
export const MAX_SESSION_MISSIONS = 4;

const PLAYLIST_SLOTS = 4;
const DATA_LENGTH = 5;
export const SESSION_CODE_LENGTH = DATA_LENGTH + 1;
const GROUPS = [3, 3];

/** Seeds below this fit in a session code beside the playlist and the length. */
export const SESSION_SEEDS = Math.floor(31 ** DATA_LENGTH / (PLAYLIST_SLOTS * MAX_SESSION_MISSIONS));

/** What a teacher sets up and every pupil's game reads back from the code: which missions, and their seed. */
export interface Session {
  playlist: SessionPlaylist;
  /** How many missions of the playlist, from its start. */
  length: number;
  seed: number;
}

export type SessionProblem = CodeProblem | { kind: 'unknown' };
export type ReadSession =
  | { ok: true; session: Session; code: string }
  | { ok: false; problem: SessionProblem };

/** The session as a six-character code in two groups, such as K7M-Q2X. */
export function encodeSession(s: Session): string {
  const playlist = SESSION_PLAYLISTS.indexOf(s.playlist);
  if (playlist < 0) throw new RangeError(`unknown playlist ${s.playlist}`);
  if (!Number.isInteger(s.length) || s.length < 1 || s.length > MAX_SESSION_MISSIONS)
    throw new RangeError(`length ${s.length} out of range`);
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed >= SESSION_SEEDS)
    throw new RangeError('seed out of range');
  const value =
    (BigInt(s.seed) * BigInt(MAX_SESSION_MISSIONS) + BigInt(s.length - 1)) * BigInt(PLAYLIST_SLOTS) +
    BigInt(playlist);
  return writeCode(toDigits(value, DATA_LENGTH), GROUPS);
}

/** Reads a typed session code; `code` is its canonical spelling (upper case, grouped). */
export function decodeSession(typed: string): ReadSession {
  const read = readCode(typed, SESSION_CODE_LENGTH);
  if (!read.ok) return read;
  let value = fromDigits(read.digits);
  const playlist = SESSION_PLAYLISTS[Number(value % BigInt(PLAYLIST_SLOTS))];
  value /= BigInt(PLAYLIST_SLOTS);
  const length = Number(value % BigInt(MAX_SESSION_MISSIONS)) + 1;
  const seed = Number(value / BigInt(MAX_SESSION_MISSIONS));
  if (!playlist || seed >= SESSION_SEEDS) return { ok: false, problem: { kind: 'unknown' } };
  const session = { playlist, length, seed };
  return { ok: true, session, code: encodeSession(session) };
}

/** A fresh session seed from a random source returning [0, 1). */
export function newSessionSeed(random: () => number): number {
  return Math.floor(random() * SESSION_SEEDS) % SESSION_SEEDS;
}

/**
 * A custom session's seed keeps a print of its missions in its low part, so the code (still six characters)
 * tells whether a share link or a file brings the session's own missions; the high part stays random, so
 * two classes given the same missions get different codes.
 */
const PRINTS = 2 ** 16;
const ROOMS = Math.floor(SESSION_SEEDS / PRINTS);
const printPart = (print: number) => (print >>> 0) % PRINTS;
export const customSeed = (print: number, random: () => number): number =>
  printPart(print) + PRINTS * (Math.floor(random() * ROOMS) % ROOMS);
export const seedHoldsPrint = (seed: number, print: number): boolean => seed % PRINTS === printPart(print);
