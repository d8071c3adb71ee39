import type { Problem } from './problem.ts';
import type { Entry } from './references.ts';
import type { CastMember, GameEvent } from './types.ts';

/**
 * The cast names real roles and recruiters; every recruiter has exactly one client to speak for it, so each
 * mission has a face.
 */
export function checkCast(
  cast: readonly Entry<CastMember>[],
  known: { roles: Record<string, unknown>; recruiters: Record<string, unknown> },
  problems: Problem[],
): void {
  const say = (file: string, path: string, message: string) => problems.push({ file, path, message });
  const speaker = new Map<string, string>();
  for (const { file, path, item } of cast) {
    if (item.kind === 'colleague') {
      if (!Object.hasOwn(known.roles, item.role)) say(file, `${path}.role`, `unknown role "${item.role}"`);
      continue;
    }
    item.recruiters.forEach((r, i) => {
      if (!Object.hasOwn(known.recruiters, r))
        say(file, `${path}.recruiters[${i}]`, `unknown recruiter "${r}"`);
      const other = speaker.get(r);
      if (other) say(file, `${path}.recruiters[${i}]`, `"${r}" already has a client: "${other}"`);
      else speaker.set(r, item.id);
    });
  }
  const file = cast[0]?.file ?? 'catalogue/cast.json';
  for (const r of Object.keys(known.recruiters))
    if (!speaker.has(r)) say(file, '$.cast', `no client speaks for the recruiter "${r}"`);
}

/** An event's teller is the client, the team, or a role the catalogue knows. */
export function checkTellers(
  events: readonly Entry<GameEvent>[],
  roles: Record<string, unknown>,
  problems: Problem[],
): void {
  for (const { file, path, item } of events)
    if (item.from && item.from !== 'client' && item.from !== 'team' && !Object.hasOwn(roles, item.from))
      problems.push({
        file,
        path: `${path}.from`,
        message: `unknown teller "${item.from}": write "client", "team" or a role's id`,
      });
}
