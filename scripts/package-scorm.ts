/**
 * npm run package:scorm [-- --playlist classroom] [--length 3] [--session K7M-Q2X] [--mastery 60] [--out file.zip]
 * Writes a SCORM 1.2 package of the game as a course: one class session (by default the classroom playlist,
 * all the missions a session can hold, a new seed) that a learning platform such as Moodle plays, scores and
 * resumes. The session's code is printed: a teacher can also collect the learners' result codes with it.
 */
import { parseArgs } from 'node:util';
import { levelsOrExit } from './cli.ts';
import { packageScorm } from './scorm/packageScorm.ts';

const { values: opts } = parseArgs({
  options: {
    playlist: { type: 'string', default: 'classroom' },
    length: { type: 'string' },
    session: { type: 'string' },
    mastery: { type: 'string' },
    out: { type: 'string', default: 'pedago-studio-scorm.zip' },
  },
});

try {
  const made = await packageScorm(levelsOrExit(), {
    playlist: opts.playlist,
    length: opts.length === undefined ? null : Number(opts.length),
    session: opts.session ?? null,
    masteryScore: opts.mastery === undefined ? null : Number(opts.mastery),
    zip: opts.out,
  });
  console.log(
    `package:scorm: ${made.zip} (${(made.bytes / 1024).toFixed(0)} kB, ${made.files} files): ` +
      `session ${made.sessionCode}, ${made.missions.length} missions: ${made.missions.join(', ')}`,
  );
} catch (error) {
  console.error(`package:scorm: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
