import type { Problem } from './problem.ts';
import type { Entry } from './references.ts';
import type { Catalogue, Mission } from './types.ts';

type Say = (file: string, path: string, message: string) => void;

/**
 * What a player can never meet, and facts no screen leads with: a mission in no playlist, an event in no
 * played mission's pool, two missions whose results lead with the same fact.
 */
export function checkReach(
  cat: Catalogue,
  missions: readonly Entry<Mission>[],
  eventEntries: readonly Entry<{ id: string }>[],
): Problem[] {
  const problems: Problem[] = [];
  const say: Say = (file, path, message) => problems.push({ file, path, message });
  const listed = new Set(Object.values(cat.playlists).flat());
  const pooled = new Set<string>();
  const leads = new Map<string, string>();
  for (const { file, item: m } of missions) {
    if (!listed.has(m.id)) {
      say(file, '$.id', `"${m.id}" is in no playlist of playlists.json: no player can meet it`);
      continue;
    }
    for (const e of m.events) pooled.add(e);
    const lead = m.facts[0];
    const other = lead ? leads.get(lead) : undefined;
    if (lead && other)
      say(
        file,
        '$.facts[0]',
        `leads with "${lead}" as "${other}" does: each mission leads with its own fact`,
      );
    else if (lead) leads.set(lead, m.id);
  }
  for (const { file, path, item } of eventEntries)
    if (!pooled.has(item.id))
      say(file, path, `"${item.id}" is in no playable mission’s events: it is never drawn`);
  return problems;
}
