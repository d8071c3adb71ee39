import { describe, expect, it } from 'vitest';
import { loadLevels } from '../../../src/content/validate.ts';
import { missionFile, realLevelFiles, textOf, withJson } from './levelFiles.ts';

const mission = JSON.parse(textOf(realLevelFiles(), missionFile)) as {
  id: string;
  events: string[];
  facts: string[];
};
const otherFile =
  realLevelFiles().find((f) => f.path.startsWith('missions/') && f.path !== missionFile)?.path ?? '';
const other = JSON.parse(textOf(realLevelFiles(), otherFile)) as { id: string; facts: string[] };

/** The problems levels:check reports for these files, and whether it refused the catalogue. */
function check(files: ReturnType<typeof realLevelFiles>) {
  const { catalogue, problems } = loadLevels(files);
  return { refused: catalogue === undefined, problems };
}

describe('what no player could ever meet (levels:check)', () => {
  it('passes the real campaign', () => {
    expect(check(realLevelFiles()).problems).toEqual([]);
  });

  it('names a mission left out of every playlist', () => {
    const files = withJson('playlists.json', (p) => {
      for (const key of ['career', 'classroom', 'kiosk'])
        p[key] = p[key].filter((id: string) => id !== mission.id);
    });
    const { refused, problems } = check(files);
    expect(refused).toBe(true);
    expect(problems).toContainEqual({
      file: missionFile,
      path: '$.id',
      message: expect.stringMatching(/in no playlist/),
    });
  });

  it('names an event no playable mission can draw', () => {
    const only = mission.events.find((e) =>
      realLevelFiles()
        .filter((f) => f.path.startsWith('missions/') && f.path !== missionFile)
        .every((f) => !(JSON.parse(f.text) as { events: string[] }).events.includes(e)),
    );
    if (!only) throw new Error(`every event of ${missionFile} is in another mission too`);
    const files = withJson(missionFile, (m) => {
      m.events = m.events.filter((e: string) => e !== only);
      m.eventCount = Math.min(m.eventCount, m.events.length);
    });
    const { problems } = check(files);
    expect(problems).toContainEqual({
      file: 'catalogue/events.json',
      path: expect.stringMatching(/^\$\.events\[\d+\]$/),
      message: `"${only}" is in no playable mission’s events: it is never drawn`,
    });
  });

  it('names two missions that lead with the same fact', () => {
    const files = withJson(otherFile, (m) => {
      m.facts = [mission.facts[0], ...m.facts.filter((f: string) => f !== mission.facts[0])];
    });
    const { problems } = check(files);
    const lead = problems.find((p) => p.path === '$.facts[0]');
    expect(lead?.message).toMatch(new RegExp(`leads with "${mission.facts[0]}"`));
    expect([missionFile, otherFile]).toContain(lead?.file);
    expect(other.facts[0]).not.toBe(mission.facts[0]);
  });
});
