import { describe, expect, it } from 'vitest';
import { splitPasted, takeCodes } from '../../../../src/sim/classroom/pastedCodes.ts';
import { encodeResult, type MissionShape } from '../../../../src/sim/classroom/resultCode.ts';
import { encodeSession } from '../../../../src/sim/classroom/sessionCode.ts';

const session = encodeSession({ playlist: 'classroom', length: 1, seed: 99 });
const other = encodeSession({ playlist: 'classroom', length: 1, seed: 100 });
const shapes: MissionShape[] = [{ formats: 4, topics: 22 }];
const code = (ticket: number, stars = 2, s = session) =>
  encodeResult(s, shapes, { ticket, missions: [{ stars, format: 1, topic: 10 }] });

describe('pasted result codes', () => {
  it('are cut at lines, commas and semicolons, and at spaces between whole codes', () => {
    const [a, b, c] = [code(1), code(2), code(3)];
    expect(splitPasted(`${a}\n${b}, ${c}`)).toEqual([a, b, c]);
    expect(splitPasted(`${a} ${b}`)).toEqual([a, b]);
    expect(splitPasted(`  ${a.replaceAll('-', ' ')}  \n\n`)).toEqual([a.replaceAll('-', ' ')]);
    expect(splitPasted(`${a.replaceAll('-', ' ')} ${b.replaceAll('-', ' ')}`)).toEqual([
      a.replaceAll('-', ' '),
      b.replaceAll('-', ' '),
    ]);
  });

  it('keeps a code too short apart from the next one, so each is judged on its own', () => {
    const short = code(1).slice(0, -1);
    expect(splitPasted(`${short} ${code(2)}`)).toEqual([short, code(2)]);
  });

  it('accepts good codes and refuses the others, quoting each as typed', () => {
    const good = code(5);
    const typo = `${good.slice(0, 3)}${good[3] === 'A' ? 'B' : 'A'}${good.slice(4)}`;
    const foreign = code(6, 2, other);
    const intake = takeCodes(`${good}\n${typo}\n${foreign}\nHELLO0`, session, shapes, []);
    expect(intake.accepted.map((a) => a.code)).toEqual([good]);
    expect(intake.accepted[0]?.result).toEqual({ ticket: 5, missions: [{ stars: 2, format: 1, topic: 10 }] });
    expect(intake.refused).toEqual([
      { text: typo, problem: { kind: 'checksum' } },
      { text: foreign, problem: { kind: 'session' } },
      { text: 'HELLO0', problem: { kind: 'character', char: 'L' } },
    ]);
  });

  it('counts a code once, whether pasted twice now or already counted', () => {
    const a = code(7);
    const b = code(8);
    const intake = takeCodes(`${a}\n${a.toLowerCase()}\n${b}`, session, shapes, [b]);
    expect(intake.accepted.map((x) => x.code)).toEqual([a]);
    expect(intake.refused.map((r) => r.problem.kind)).toEqual(['duplicate', 'duplicate']);
  });
});
