import { loadLevels } from '../../src/content/validate.ts';
import { MAX_STARS } from '../../src/content/vocabulary.ts';
import { encodeResult, TICKETS } from '../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session } from '../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions, shapeOf } from '../../src/sim/classroom/sessionPlan.ts';
import { topicCount } from '../../src/sim/classroom/topics.ts';
import { nextRandom } from '../../src/sim/rng.ts';
import { readLevelFiles } from '../readLevels.ts';

export const CLASSES = 5;
export const PUPILS_PER_CLASS = 100;

export interface SchoolCodes {
  /** The session's code, canonical (K7M-Q2X). */
  session: string;
  missions: number;
  /** One valid result code per pupil, class after class, all different. */
  codes: string[];
}

/**
 * A school's results for one session: five classes of a hundred pupils, each class with its own leaning
 * (stars, a favourite format, a commoner topic), every code written by the game's own encoder.
 */
export function schoolCodes(): SchoolCodes {
  const { catalogue: cat } = loadLevels(readLevelFiles('levels'));
  if (!cat) throw new Error('bench: the levels do not load (npm run levels:check)');
  const option = sessionOptions(cat)[0];
  if (!option) throw new Error('bench: no playlist a class session can follow');
  const session: Session = { playlist: option.playlist, length: option.maxLength, seed: 4242 };
  const code = encodeSession(session);
  const missions = sessionMissions(session, cat) ?? [];
  const shapes = missions.map(shapeOf);
  const pupils = CLASSES * PUPILS_PER_CLASS;
  if (pupils > TICKETS) throw new Error('bench: more pupils than tickets');
  let state = 17;
  const draw = (n: number) => {
    const d = nextRandom(state);
    state = d.state;
    return Math.floor(d.value * n);
  };
  // Half the pupils of a class follow its leaning, the others choose anything.
  const leaning = (n: number, favourite: number) => (draw(2) === 0 ? favourite % n : draw(n));
  const codes: string[] = [];
  for (let pupil = 0; pupil < pupils; pupil++) {
    const klass = Math.floor(pupil / PUPILS_PER_CLASS);
    const summaries = missions.map((m, i) => ({
      stars: leaning(MAX_STARS + 1, klass + i),
      format: leaning(m.formats.length, klass),
      topic: leaning(topicCount(m), 8 + klass * 2 + i),
    }));
    // Distinct tickets, so no two pupils share a code.
    codes.push(encodeResult(code, shapes, { ticket: pupil, missions: summaries }));
  }
  return { session: code, missions: missions.length, codes };
}
