import { compact } from './codeAlphabet.ts';
import {
  decodeResult,
  type MissionShape,
  type PupilResult,
  RESULT_CODE_LENGTH,
  type ResultProblem,
} from './resultCode.ts';

/**
 * Cuts what a teacher pasted into candidate codes, as typed (so a refusal can quote them): one per line,
 * comma or semicolon, and several on one line when spaces separate whole codes.
 */
export function splitPasted(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/[\n\r,;]+/)) {
    let acc = '';
    for (const token of line.trim().split(/\s+/).filter(Boolean)) {
      if (acc && compact(`${acc}${token}`).length > RESULT_CODE_LENGTH) {
        out.push(acc);
        acc = '';
      }
      acc = acc ? `${acc} ${token}` : token;
      if (compact(acc).length >= RESULT_CODE_LENGTH) {
        out.push(acc);
        acc = '';
      }
    }
    if (acc) out.push(acc);
  }
  return out;
}

export type Refusal = { text: string; problem: ResultProblem | { kind: 'duplicate' } };

export interface Intake {
  accepted: { code: string; result: PupilResult }[];
  refused: Refusal[];
}

/** Reads every code pasted, against the session and the codes already counted (by canonical spelling). */
export function takeCodes(
  text: string,
  sessionCode: string,
  shapes: readonly MissionShape[],
  already: readonly string[],
): Intake {
  const seen = new Set(already);
  const intake: Intake = { accepted: [], refused: [] };
  for (const typed of splitPasted(text)) {
    const read = decodeResult(typed, sessionCode, shapes);
    if (!read.ok) intake.refused.push({ text: typed, problem: read.problem });
    else if (seen.has(read.code)) intake.refused.push({ text: typed, problem: { kind: 'duplicate' } });
    else {
      seen.add(read.code);
      intake.accepted.push(read);
    }
  }
  return intake;
}
