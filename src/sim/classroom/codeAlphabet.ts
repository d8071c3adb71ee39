/**
 * The characters of session and result codes. No 0/O, 1/I/L: nothing read aloud or copied by hand can be
 * mistaken for something else. There are 31 of them, a prime, so one check character computed as a
 * weighted sum modulo 31 catches every single wrong character and every swap of two neighbours.
 */
export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BASE = ALPHABET.length;

/** Why a typed code cannot be read, before any meaning is given to it. */
export type CodeProblem =
  | { kind: 'empty' }
  | { kind: 'length'; expected: number; got: number }
  | { kind: 'character'; char: string }
  | { kind: 'checksum' };

export type ReadCode = { ok: true; digits: number[]; text: string } | { ok: false; problem: CodeProblem };

/** The characters that matter in what was typed: case and separators (spaces, dashes, dots) dropped. */
export function compact(text: string): string {
  return text.toUpperCase().replace(/[\s\-‐‑–—_.·/]/g, '');
}

/** Weights 1, 2, 3… are all non-zero modulo 31 as long as a code has fewer than 31 characters. */
export function checkDigit(digits: readonly number[]): number {
  return digits.reduce((sum, d, i) => (sum + (i + 1) * d) % BASE, 0);
}

/** A number as exactly `length` base-31 digits, most significant first. */
export function toDigits(value: bigint, length: number): number[] {
  if (value < 0n) throw new RangeError('negative value');
  const out: number[] = new Array(length).fill(0);
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(rest % BigInt(BASE));
    rest /= BigInt(BASE);
  }
  if (rest > 0n) throw new RangeError(`value does not fit in ${length} characters`);
  return out;
}

export function fromDigits(digits: readonly number[]): bigint {
  return digits.reduce((v, d) => v * BigInt(BASE) + BigInt(d), 0n);
}

/** Cuts a code into groups of the given sizes, joined by dashes: ABCD-EFGH-JKMNP. */
export function grouped(chars: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= chars.length) break;
    parts.push(chars.slice(at, at + n));
    at += n;
  }
  if (at < chars.length) parts.push(chars.slice(at));
  return parts.join('-');
}

/** Digits plus their check character, as text cut into groups. */
export function writeCode(digits: readonly number[], groups: readonly number[]): string {
  const chars = [...digits, checkDigit(digits)].map((d) => ALPHABET[d]).join('');
  return grouped(chars, groups);
}

/** Reads a typed code of `length` characters (its check included): its digits without the check, or what is wrong. */
export function readCode(typed: string, length: number): ReadCode {
  const chars = compact(typed);
  if (chars.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const bad = [...chars].find((c) => !ALPHABET.includes(c));
  if (bad) return { ok: false, problem: { kind: 'character', char: bad } };
  if (chars.length !== length)
    return { ok: false, problem: { kind: 'length', expected: length, got: chars.length } };
  const all = [...chars].map((c) => ALPHABET.indexOf(c));
  const digits = all.slice(0, -1);
  if (checkDigit(digits) !== all.at(-1)) return { ok: false, problem: { kind: 'checksum' } };
  return { ok: true, digits, text: chars };
}
