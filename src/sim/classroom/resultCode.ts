import { MAX_STARS } from '../../content/vocabulary.ts';
import { seedFrom } from '../rng.ts';
import {
  BASE,
  type CodeProblem,
  compact,
  fromDigits,
  readCode,
  toDigits,
  writeCode,
} from './codeAlphabet.ts';
import type { MissionSummary } from './topics.ts';

/**
 * A pupil's result code: 13 characters read in three groups (ABCD-EFGH-JKMNP), made of
 * - 2 for the session (a tag of its code, so a code from another session is refused),
 * - 2 for a random ticket, so two pupils with the same choices still get different codes,
 * - 8 for the missions (stars, format and main topic of each, as one mixed-radix number),
 * - 1 check character.
 */
const TAG = 2;
const TICKET = 2;
const PAYLOAD = 8;
export const RESULT_CODE_LENGTH = TAG + TICKET + PAYLOAD + 1;
const GROUPS = [4, 4, 5];
export const TICKETS = BASE ** TICKET;
const CAPACITY = BigInt(BASE) ** BigInt(PAYLOAD);

/** How many formats and topics a mission has: the radices its summary is written in. */
export interface MissionShape {
  formats: number;
  topics: number;
}

export interface PupilResult {
  ticket: number;
  missions: MissionSummary[];
}

export type ResultProblem = CodeProblem | { kind: 'session' } | { kind: 'unknown' };
export type ReadResult =
  | { ok: true; code: string; result: PupilResult }
  | { ok: false; problem: ResultProblem };

/** Digits of a mission's stars, 0 to MAX_STARS. */
const STARS = MAX_STARS + 1;

/** A number coprime with 31, so multiplying by it modulo the capacity loses nothing. */
const MIX = 1_000_003n;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
const UNMIX = inverse(MIX, CAPACITY);

/**
 * The payload is shuffled (a bijection keyed by session and ticket), so a small result does not read as a
 * run of 2s that is easy to miscount aloud, and another session's code decodes to something out of range.
 */
const offsetOf = (tag: number, ticket: number) =>
  (BigInt(ticket) * 7919n + BigInt(tag) * 104_729n) % CAPACITY;
const shuffle = (v: bigint, tag: number, ticket: number) => (v * MIX + offsetOf(tag, ticket)) % CAPACITY;
const unshuffle = (v: bigint, tag: number, ticket: number) =>
  (((((v - offsetOf(tag, ticket)) % CAPACITY) + CAPACITY) % CAPACITY) * UNMIX) % CAPACITY;

/** The session's tag: two characters derived from its canonical code. */
export function sessionTag(sessionCode: string): number {
  return (seedFrom(compact(sessionCode)) >>> 0) % TICKETS;
}

function capacityOf(shapes: readonly MissionShape[]): bigint {
  return shapes.reduce((c, s) => c * BigInt(STARS * s.formats * s.topics), 1n);
}

/** Whether results of missions of these shapes fit in a code. */
export function fitsInResultCode(shapes: readonly MissionShape[]): boolean {
  return shapes.every((s) => s.formats > 0 && s.topics > 0) && capacityOf(shapes) <= CAPACITY;
}

export function encodeResult(sessionCode: string, shapes: readonly MissionShape[], r: PupilResult): string {
  if (r.missions.length !== shapes.length) throw new RangeError('one summary per mission');
  if (!fitsInResultCode(shapes)) throw new RangeError('these missions do not fit in a result code');
  if (!Number.isInteger(r.ticket) || r.ticket < 0 || r.ticket >= TICKETS)
    throw new RangeError('ticket out of range');
  let value = 0n;
  r.missions.forEach((m, i) => {
    const s = shapes[i] as MissionShape;
    const fields: [number, number][] = [
      [m.stars, STARS],
      [m.format, s.formats],
      [m.topic, s.topics],
    ];
    for (const [v, radix] of fields) {
      if (!Number.isInteger(v) || v < 0 || v >= radix) throw new RangeError('summary out of range');
      value = value * BigInt(radix) + BigInt(v);
    }
  });
  const tag = sessionTag(sessionCode);
  const digits = [
    ...toDigits(BigInt(tag), TAG),
    ...toDigits(BigInt(r.ticket), TICKET),
    ...toDigits(shuffle(value, tag, r.ticket), PAYLOAD),
  ];
  return writeCode(digits, GROUPS);
}

/** Reads a typed result code for a session; `code` is its canonical spelling. */
export function decodeResult(
  typed: string,
  sessionCode: string,
  shapes: readonly MissionShape[],
): ReadResult {
  const read = readCode(typed, RESULT_CODE_LENGTH);
  if (!read.ok) return read;
  const d = read.digits;
  const tag = sessionTag(sessionCode);
  if (Number(fromDigits(d.slice(0, TAG))) !== tag) return { ok: false, problem: { kind: 'session' } };
  const ticket = Number(fromDigits(d.slice(TAG, TAG + TICKET)));
  let value = unshuffle(fromDigits(d.slice(TAG + TICKET)), tag, ticket);
  if (value >= capacityOf(shapes)) return { ok: false, problem: { kind: 'unknown' } };
  const missions: MissionSummary[] = [];
  for (let i = shapes.length - 1; i >= 0; i--) {
    const s = shapes[i] as MissionShape;
    const take = (radix: number) => {
      const v = Number(value % BigInt(radix));
      value /= BigInt(radix);
      return v;
    };
    const topic = take(s.topics);
    const format = take(s.formats);
    const stars = take(STARS);
    missions.unshift({ stars, format, topic });
  }
  return { ok: true, code: writeCode(d, GROUPS), result: { ticket, missions } };
}
