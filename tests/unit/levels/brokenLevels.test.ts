import { describe, expect, it } from 'vitest';
import type { LevelFile } from '../../../src/content/validate.ts';
import { loadLevels } from '../../../src/content/validate.ts';
import { missionFile, realLevelFiles, textOf, withJson, withText } from './levelFiles.ts';

interface Broken {
  name: string;
  files: () => LevelFile[];
  file: string;
  path: string;
  message: RegExp;
}

const tools = 'catalogue/tools.json';
const realMission = () => textOf(realLevelFiles(), missionFile);
const careerLength = (JSON.parse(textOf(realLevelFiles(), 'playlists.json')).career as string[]).length;

/** The real mission's text with one change, which must apply. */
function missionWith(search: RegExp, replace: string): string {
  const text = realMission().replace(search, replace);
  if (text === realMission()) throw new Error(`${search} is not in ${missionFile}`);
  return text;
}

/** The real mission's learning design, to break it where it has what is broken. */
interface DesignShape {
  objectives: { id: string; observable: boolean }[];
  deck: { id: string; role?: string; type: string; objectives?: string[] }[];
  pilot: { fix: string }[];
}
const design = JSON.parse(realMission()) as DesignShape;
const observableAt = design.objectives.findIndex((o) => o.observable);
const observableId = design.objectives[observableAt]?.id ?? '';
const introId = design.deck.find((c) => c.role === 'intro')?.id ?? '';
const learnAt = design.deck.findIndex((c) => (c.role ?? 'learn') === 'learn');

const broken: Broken[] = [
  {
    name: 'a card of an unknown learning type',
    files: () => withJson(missionFile, (m) => (m.deck[0].type = 'daydream')),
    file: missionFile,
    path: '$.deck[0].type',
    message: /acquire/,
  },
  {
    name: 'a card serving an objective the mission lacks',
    files: () => withJson(missionFile, (m) => (m.deck[learnAt].objectives = ['nope'])),
    file: missionFile,
    path: `$.deck[${learnAt}].objectives[0]`,
    message: /unknown objective "nope"/,
  },
  {
    name: 'an observable objective no assessment card checks',
    files: () =>
      withJson(missionFile, (m: DesignShape) => {
        for (const c of m.deck)
          if (c.role === 'assess') c.objectives = (c.objectives ?? []).filter((o) => o !== observableId);
      }),
    file: missionFile,
    path: `$.objectives[${observableAt}]`,
    message: new RegExp(`no assess card assesses "${observableId}"`),
  },
  {
    name: 'a second intro card',
    files: () => withJson(missionFile, (m) => (m.deck[learnAt].role = 'intro')),
    file: missionFile,
    path: '$.deck',
    message: /exactly one intro card \(has 2\)/,
  },
  {
    name: 'a pilot whose fix is not a learn card of its type',
    files: () => withJson(missionFile, (m) => (m.pilot[0].fix = introId)),
    file: missionFile,
    path: '$.pilot[0].fix',
    message: /must be a learn card of the type/,
  },
  {
    name: 'a mission without its budget',
    files: () => withJson(missionFile, (m) => delete m.budget),
    file: missionFile,
    path: '$.budget',
    message: /expected number, received undefined/,
  },
  {
    name: 'a tool without its cost',
    files: () => withJson(tools, (t) => delete t.tools[2].cost),
    file: tools,
    path: '$.tools[2].cost',
    message: /expected number/,
  },
  {
    name: 'a need without its translation',
    files: () => withJson(missionFile, (m) => delete m.needs[1].why.fr),
    file: missionFile,
    path: '$.needs[1].why.fr',
    message: /expected string/,
  },
  {
    name: 'a number written as a string',
    files: () => withJson(missionFile, (m) => (m.weeks = '4')),
    file: missionFile,
    path: '$.weeks',
    message: /expected number, received string/,
  },
  {
    name: 'a rules baseline that is not a number',
    files: () => withJson('rules.json', (r) => (r.baseline.learning = true)),
    file: 'rules.json',
    path: '$.baseline.learning',
    message: /expected number/,
  },
  {
    name: 'a star threshold too many (one per star)',
    files: () => withJson('rules.json', (r) => r.starThresholds.push(80)),
    file: 'rules.json',
    path: '$.starThresholds',
    message: /must list 3 scores, one per star/,
  },
  {
    name: 'a background skill above the highest level',
    files: () => withJson('catalogue/backgrounds.json', (b) => (b.backgrounds[0].skills.web = 6)),
    file: 'catalogue/backgrounds.json',
    path: '$.backgrounds[0].skills.web',
    message: /<=5/,
  },
  {
    name: 'an unknown field',
    files: () => withJson(tools, (t) => (t.tools[1].colour = 'blue')),
    file: tools,
    path: '$.tools[1]',
    message: /colour/,
  },
  {
    name: 'an indicator that does not exist',
    files: () => withJson(missionFile, (m) => (m.needs[0].indicator = 'fun')),
    file: missionFile,
    path: '$.needs[0].indicator',
    message: /learning/,
  },
  {
    name: 'a mission with an unknown recruiter',
    files: () => withJson(missionFile, (m) => (m.recruiter = 'nobody')),
    file: missionFile,
    path: '$.recruiter',
    message: /unknown recruiter "nobody"/,
  },
  {
    name: 'a mission with an unknown format',
    files: () => withJson(missionFile, (m) => (m.formats[1] = 'hologram')),
    file: missionFile,
    path: '$.formats[1]',
    message: /unknown format "hologram"/,
  },
  {
    name: 'a need no format, tool or role provides',
    files: () => withJson(missionFile, (m) => (m.needs[0].tag = 'telepathy')),
    file: missionFile,
    path: '$.needs[0].tag',
    message: /unknown tag "telepathy"|"telepathy"/,
  },
  {
    name: 'a playlist with an unknown mission',
    files: () => withJson('playlists.json', (p) => p.career.push('ghost-mission')),
    file: 'playlists.json',
    path: `$.career[${careerLength}]`,
    message: /unknown mission "ghost-mission"/,
  },
  {
    name: 'a mission citing an unknown fact',
    files: () => withJson(missionFile, (m) => (m.facts[0] = 'F99')),
    file: missionFile,
    path: '$.facts[0]',
    message: /unknown fact "F99"/,
  },
  {
    // Ids are keys of plain objects: one that Object.prototype has must not count as defined.
    name: 'a recruiter named like a property every object has',
    files: () => withJson(missionFile, (m) => (m.recruiter = 'constructor')),
    file: missionFile,
    path: '$.recruiter',
    message: /unknown recruiter "constructor"/,
  },
  {
    name: 'two tools with the same id',
    files: () => withJson(tools, (t) => (t.tools[3].id = t.tools[0].id)),
    file: tools,
    path: '$.tools[3].id',
    message: /duplicate id/,
  },
  {
    name: 'two mission files with the same id',
    files: () => withText('missions/zz-copy.json', realMission()),
    file: 'missions/zz-copy.json',
    path: '$.id',
    message: new RegExp(`duplicate id .*${missionFile}`),
  },
  {
    name: 'an empty translation',
    files: () => withJson(missionFile, (m) => (m.title.fr = '')),
    file: missionFile,
    path: '$.title.fr',
    message: /must not be empty/,
  },
  {
    name: 'a translation of blanks only',
    files: () => withJson(missionFile, (m) => (m.client.en = '   ')),
    file: missionFile,
    path: '$.client.en',
    message: /must not be empty/,
  },
  {
    name: 'a missing translation',
    files: () => withJson(missionFile, (m) => delete m.brief.en),
    file: missionFile,
    path: '$.brief.en',
    message: /missing its "en" text \(levels\/ is written in en, fr\)/,
  },
  {
    name: 'a text in a language that is not a language id',
    files: () => withJson(missionFile, (m) => (m.brief.English = m.brief.en)),
    file: missionFile,
    path: '$.brief',
    message: /language id/,
  },
  {
    name: 'an id that is not a slug',
    files: () => withJson(tools, (t) => (t.tools[0].id = 'Outil Auteur')),
    file: tools,
    path: '$.tools[0].id',
    message: /lowercase slug/,
  },
  {
    name: 'a file in a folder the game does not read',
    files: () => withText('quests/first.json', '{}'),
    file: 'quests/first.json',
    path: '$',
    message: /not a known kind/,
  },
  {
    name: 'a catalogue file of an unknown kind',
    files: () => withText('catalogue/monsters.json', '{ "monsters": [] }'),
    file: 'catalogue/monsters.json',
    path: '$',
    message: /not a known kind/,
  },
  {
    name: 'a mission in a sub-folder',
    files: () => withText('missions/old/copy.json', realMission()),
    file: 'missions/old/copy.json',
    path: '$',
    message: /not a known kind/,
  },
  {
    name: 'no rules file',
    files: () => realLevelFiles().filter((f) => f.path !== 'rules.json'),
    file: 'rules.json',
    path: '$',
    message: /missing/,
  },
];

describe('a broken copy of levels/', () => {
  it.each(broken)('is rejected when it has $name, naming the file and the path', (b) => {
    const { catalogue, problems } = loadLevels(b.files());
    expect(catalogue).toBeUndefined();
    expect(problems).toContainEqual({
      file: b.file,
      path: b.path,
      message: expect.stringMatching(b.message),
    });
  });

  it('accepts an id named like a property every object has', () => {
    const files = withJson(tools, (t) => (t.tools[0].id = 'constructor'));
    expect(loadLevels(files).problems).toEqual([]);
  });
});

/** Line and column (from 1) of the first `marker` in text, plus `shift` characters. */
function whereIs(text: string, marker: string, shift = 0): string {
  const lines = text.slice(0, text.indexOf(marker) + shift).split('\n');
  return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

describe('a level file that is not valid JSON', () => {
  const invalid = (text: string) => {
    const { catalogue, problems } = loadLevels(withText(missionFile, text));
    expect(catalogue).toBeUndefined();
    const problem = problems.find((p) => p.file === missionFile);
    expect(problem?.message).toMatch(/^invalid JSON/);
    return problem?.path;
  };

  it('is located at a doubled comma', () => {
    const text = missionWith(/("budget": \d+,)/, '$1,');
    expect(invalid(text)).toBe(whereIs(text, ',,', 1));
  });

  it('is located at an unexpected token, which Node 20 does not place itself', () => {
    const text = missionWith(/"budget": /, '"budget": x');
    expect(invalid(text)).toBe(whereIs(text, '"budget": x', '"budget": '.length));
  });

  it('is located at the end when the file is cut short', () => {
    const original = realMission();
    const text = original.slice(0, original.indexOf('"budget":') + '"budget":'.length);
    const lines = text.split('\n');
    expect(invalid(text)).toBe(`line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`);
  });

  it('is located at the start of an empty file', () => {
    expect(invalid('')).toBe('line 1, column 1');
  });
});
