import { describe, expect, it } from 'vitest';
import {
  ALPHABET,
  BASE,
  checkDigit,
  compact,
  fromDigits,
  readCode,
  toDigits,
  writeCode,
} from '../../../../src/sim/classroom/codeAlphabet.ts';

describe('the code alphabet', () => {
  it('has 31 distinct characters and none that reads like another (0/O, 1/I/L)', () => {
    expect(BASE).toBe(31);
    expect(new Set(ALPHABET).size).toBe(31);
    for (const c of '01OIL') expect(ALPHABET).not.toContain(c);
  });

  it('writes numbers as fixed-length digits and reads them back', () => {
    expect(toDigits(0n, 3)).toEqual([0, 0, 0]);
    expect(toDigits(31n * 31n - 1n, 2)).toEqual([30, 30]);
    expect(fromDigits(toDigits(123456789n, 7))).toBe(123456789n);
    expect(() => toDigits(31n ** 2n, 2)).toThrow(RangeError);
  });

  it('ignores case and separators', () => {
    expect(compact(' ab-cd ef.g ')).toBe('ABCDEFG');
    const code = writeCode([1, 2, 3, 4, 5], [3, 3]);
    expect(readCode(code.toLowerCase().replace('-', ' '), 6)).toMatchObject({ ok: true });
  });

  it('catches every single wrong character and every swap of two neighbours', () => {
    const digits = [5, 0, 30, 12, 7, 19, 3, 22, 11, 0, 8, 26];
    const code = compact(writeCode(digits, [4, 4, 5]));
    expect(readCode(code, 13)).toMatchObject({ ok: true, digits });
    for (let i = 0; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(readCode(typo, 13), typo).toEqual({ ok: false, problem: { kind: 'checksum' } });
      }
    }
    for (let i = 0; i + 2 < code.length; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(readCode(swapped, 13).ok, swapped).toBe(false);
    }
  });

  it('says which character is not in the alphabet, then checks the length', () => {
    expect(readCode('ABC-0EF', 6)).toEqual({ ok: false, problem: { kind: 'character', char: '0' } });
    expect(readCode('ABCDE', 6)).toEqual({ ok: false, problem: { kind: 'length', expected: 6, got: 5 } });
    expect(readCode('  - ', 6)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('computes the check as a weighted sum modulo 31', () => {
    expect(checkDigit([1, 1, 1])).toBe((1 + 2 + 3) % 31);
    expect(checkDigit([30, 30])).toBe((30 + 60) % 31);
  });
});
