import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readLevelFiles } from '../../../scripts/readLevels.ts';
import { withCustomMissions } from '../../../src/content/customMissions.ts';
import { sessionMissions, sessionOptions } from '../../../src/sim/classroom/sessionPlan.ts';
import { packedIn } from '../../../src/workshop/missionsFragment.ts';
import { missionsFragment, missionsPrint, unpackMissions } from '../../../src/workshop/missionsLink.ts';

const LEVELS = resolve(import.meta.dirname, '../../../levels');
const files = readLevelFiles(LEVELS);
const read = (id: string) =>
  JSON.parse(readFileSync(resolve(LEVELS, `missions/${id}.json`), 'utf8')) as Record<string, unknown>;
const warehouse = { ...read('module-securite-entrepot'), title: { fr: 'Quai de Vénissieux', en: 'Dock' } };

describe('missions from the workshop in a link', () => {
  it('travel whole in the fragment and come back as they left', () => {
    const fragment = missionsFragment([warehouse]);
    expect(fragment).toMatch(/^#missions=[\w-]+$/);
    const packed = packedIn(fragment);
    expect(packed && unpackMissions(packed)).toEqual({ ok: true, missions: [warehouse] });
    // A mission of the game packs to a few kilobytes: a link a platform or an email carries.
    expect(fragment.length).toBeLessThan(8000);
  });

  it('refuse what is not one to four missions, with the reason, throwing nothing', () => {
    const pack = (json: unknown) =>
      packedIn(
        `#missions=${Buffer.from(deflateSync(strToU8(JSON.stringify(json)))).toString('base64url')}`,
      ) ?? '';
    expect(unpackMissions('not base64 !')).toEqual({ ok: false, refusal: 'unreadable' });
    expect(unpackMissions('AAAA')).toEqual({ ok: false, refusal: 'unreadable' });
    expect(unpackMissions(pack([]))).toEqual({ ok: false, refusal: 'notMissions' });
    expect(unpackMissions(pack([1, 2]))).toEqual({ ok: false, refusal: 'notMissions' });
    expect(unpackMissions(pack([{}, {}, {}, {}, {}]))).toEqual({ ok: false, refusal: 'tooMany' });
    // A deflate bomb (tens of megabytes of zeros) fills a bounded buffer and is refused.
    const bomb = Buffer.from(deflateSync(new Uint8Array(30_000_000), { level: 9 })).toString('base64url');
    expect(unpackMissions(bomb)).toEqual({ ok: false, refusal: 'unreadable' });
  });

  it('print the same for the same missions, and differently for others', () => {
    expect(missionsPrint([warehouse])).toBe(missionsPrint([structuredClone(warehouse)]));
    expect(missionsPrint([warehouse])).not.toBe(missionsPrint([{ ...warehouse, weeks: 5 }]));
  });
});

describe('missions from the workshop checked among the level files', () => {
  it('make a catalogue whose `custom` path a teacher can offer, in their order', () => {
    const checked = withCustomMissions(files, [warehouse, read('mooc-climat-universite')]);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const cat = checked.catalogue;
    expect(cat.custom).toEqual(['module-securite-entrepot', 'mooc-climat-universite']);
    expect(cat.missions['module-securite-entrepot']?.title.fr).toBe('Quai de Vénissieux');
    expect(sessionOptions(cat).find((o) => o.playlist === 'custom')?.missions).toEqual(cat.custom);
    const session = { playlist: 'custom' as const, length: 2, seed: 7 };
    expect(sessionMissions(session, cat)?.map((m) => m.id)).toEqual(cat.custom);
  });

  it('refuse the first broken mission, naming it and its problems', () => {
    const broken = { ...warehouse, brief: { fr: '', en: 'x' } };
    const checked = withCustomMissions(files, [read('mooc-climat-universite'), broken]);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.mission).toBe(1);
    expect(checked.title).toBe('Quai de Vénissieux');
    expect(checked.problems.map((p) => p.path)).toContain('$.brief.fr');
  });

  it('refuse two missions under the same id', () => {
    const checked = withCustomMissions(files, [
      warehouse,
      { ...warehouse, title: { fr: 'Autre', en: 'Other' } },
    ]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]?.message).toMatch(/^duplicate id "module-securite-entrepot"/);
  });
});
