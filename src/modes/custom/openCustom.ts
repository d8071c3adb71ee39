import { withCustomMissions } from '../../content/customMissions.ts';
import type { Catalogue } from '../../content/types.ts';
import { language, t } from '../../i18n/t.ts';
import {
  type LinkRefusal,
  type MissionObject,
  missionList,
  missionsFragment,
  missionsPrint,
  unpackMissions,
} from '../../workshop/missionsLink.ts';
import { problemText } from '../../workshop/problemsPanel.ts';
import { zodInLanguage } from '../../workshop/zodMessages.ts';
import { levelSources } from './levelSources.ts';

/**
 * Missions from the workshop, brought by a link's fragment or by files, checked as `levels:check` would
 * (this chunk carries the checks: only a session of custom missions loads it). `reason` says in the
 * player's words why they were refused.
 */
export type CustomOpening =
  | { ok: true; catalogue: Catalogue; missions: MissionObject[]; print: number; fragment: string }
  | { ok: false; reason: () => string };

const REFUSALS: Record<LinkRefusal, Parameters<typeof t>[0]> = {
  unreadable: 'custom.refused.unreadable',
  notMissions: 'custom.refused.notMissions',
  tooMany: 'custom.refused.tooMany',
};

const refused = (why: LinkRefusal): Promise<CustomOpening> =>
  Promise.resolve({ ok: false, reason: () => t(REFUSALS[why]) });

async function check(missions: MissionObject[]): Promise<CustomOpening> {
  let sources: Awaited<ReturnType<typeof levelSources>>;
  try {
    sources = await levelSources();
  } catch (e) {
    return { ok: false, reason: () => t('custom.refused.offline', { status: (e as Error).message }) };
  }
  zodInLanguage();
  const checked = withCustomMissions(sources, missions, language());
  if (!checked.ok) {
    const first = checked.problems[0];
    return {
      ok: false,
      reason: () =>
        t('custom.refused.problems', {
          title: checked.title ?? t('custom.untitled', { n: checked.mission + 1 }),
          n: checked.problems.length,
          first: first ? `${problemText(first.message)} (${first.path})` : '',
        }),
    };
  }
  return {
    ok: true,
    catalogue: checked.catalogue,
    missions,
    print: missionsPrint(missions),
    fragment: missionsFragment(missions),
  };
}

/** The missions a link's fragment packs, checked. */
export function openPacked(packed: string): Promise<CustomOpening> {
  const read = unpackMissions(packed);
  return read.ok ? check(read.missions) : refused(read.refusal);
}

/**
 * Mission files as the workshop exports them (one mission each, or a list), added after `kept`: checked
 * together, so two missions with the same id are refused.
 */
export function openFiles(
  texts: readonly string[],
  kept: readonly MissionObject[] = [],
): Promise<CustomOpening> {
  const missions = [...kept];
  for (const text of texts) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return Promise.resolve({ ok: false, reason: () => t('custom.refused.notJson') });
    }
    const read = missionList(json);
    if (!read.ok) return refused(read.refusal);
    missions.push(...read.missions);
  }
  const listed = missionList(missions);
  if (!listed.ok) return refused(listed.refusal);
  // A file keeps its "$schema" line for editors; the game's missions do without it.
  return check(listed.missions.map(({ $schema: _, ...m }) => m));
}
