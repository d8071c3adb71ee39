import { describe, expect, it } from 'vitest';
import { loadLevels } from '../../../src/content/validate.ts';
import { setLanguage, tx } from '../../../src/i18n/t.ts';
import { missionFile, realLevelFiles } from './levelFiles.ts';

/** Every text ({ fr, … }) of a parsed level file gets a German copy of its French. */
function withGerman(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withGerman);
  if (typeof json !== 'object' || json === null) return json;
  const o = json as Record<string, unknown>;
  if (typeof o.fr === 'string') return { ...o, de: `DE ${o.fr}` };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withGerman(v)]));
}

describe('a further language in levels/', () => {
  it('is taken without a change of code once every text has it; the game shows French until it ships the language', () => {
    const files = realLevelFiles().map((f) => ({
      ...f,
      text: JSON.stringify(withGerman(JSON.parse(f.text))),
    }));
    const { catalogue, problems } = loadLevels(files);
    expect(problems).toEqual([]);
    const mission = Object.values(catalogue?.missions ?? {})[0];
    setLanguage('de');
    // The game does not ship German interface strings, so it stays in French…
    expect(mission && tx(mission.title)).toBe(mission?.title.fr);
    setLanguage('fr');
    // …but the level text carries its German, ready for a German folder in src/i18n/locales/.
    expect(mission?.title.de).toBe(`DE ${mission?.title.fr}`);
  });

  it('is refused in one text only, naming every text that lacks it', () => {
    const files = realLevelFiles().map((f) =>
      f.path === missionFile ? { ...f, text: JSON.stringify(withGerman(JSON.parse(f.text))) } : f,
    );
    const { problems } = loadLevels(files);
    expect(problems.length).toBeGreaterThan(100);
    expect(problems.every((p) => p.path.endsWith('.de') && /missing its "de" text/.test(p.message))).toBe(
      true,
    );
    expect(problems.some((p) => p.file === missionFile)).toBe(false);
  });
});
