import type { z } from 'zod';
import type { Catalogue, Mission } from '../sim/types.ts';
import type { Problem } from './problem.ts';
import type { playlists as playlistsSchema, rules as rulesSchema } from './schemas.ts';
import type { Parsed } from './validate.ts';

interface Entry<T> {
  file: string;
  path: string;
  item: T;
}

/** Indexes items by id, reporting every id defined twice with both places. */
function index<T extends { id: string }>(entries: Entry<T>[], problems: Problem[]): Record<string, T> {
  const byId: Record<string, T> = {};
  const where: Record<string, string> = {};
  for (const e of entries) {
    if (Object.hasOwn(byId, e.item.id)) {
      problems.push({
        file: e.file,
        path: `${e.path}.id`,
        message: `duplicate id "${e.item.id}" (first defined in ${where[e.item.id]})`,
      });
      continue;
    }
    byId[e.item.id] = e.item;
    where[e.item.id] = e.file;
  }
  return byId;
}

function listEntries<T>(files: { file: string; data: Record<string, unknown> }[], key: string): Entry<T>[] {
  return files.flatMap(({ file, data }) =>
    (data[key] as T[]).map((item, i) => ({ file, path: `$.${key}[${i}]`, item })),
  );
}

/** Checks that every id a file names is defined somewhere, and assembles the catalogue. */
export function checkReferences(
  parsed: Parsed,
  rules: z.output<typeof rulesSchema> | undefined,
  playlists: z.output<typeof playlistsSchema> | undefined,
): { catalogue?: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const formats = index(listEntries<Catalogue['formats'][string]>(parsed.formats, 'formats'), problems);
  const tools = index(listEntries<Catalogue['tools'][string]>(parsed.tools, 'tools'), problems);
  const roles = index(listEntries<Catalogue['roles'][string]>(parsed.roles, 'roles'), problems);
  const recruiters = index(
    listEntries<Catalogue['recruiters'][string]>(parsed.recruiters, 'recruiters'),
    problems,
  );
  const facts = index(listEntries<Catalogue['facts'][string]>(parsed.facts, 'facts'), problems);
  const missionEntries = parsed.mission.map(({ file, data }) => {
    const { $schema: _, ...item } = data;
    return { file, path: '$', item: item as Mission };
  });
  const missions = index(missionEntries, problems);

  const provided = new Set(
    [...Object.values(formats), ...Object.values(tools), ...Object.values(roles)].flatMap((x) =>
      Object.keys(x.tags),
    ),
  );
  for (const { file, item } of missionEntries) {
    const missing = (path: string, what: string, ref: string) =>
      problems.push({ file, path, message: `unknown ${what} "${ref}"` });
    if (!Object.hasOwn(recruiters, item.recruiter)) missing('$.recruiter', 'recruiter', item.recruiter);
    item.formats.forEach((f, i) => {
      if (!Object.hasOwn(formats, f)) missing(`$.formats[${i}]`, 'format', f);
    });
    item.needs.forEach((n, i) => {
      if (!provided.has(n.tag))
        missing(`$.needs[${i}].tag`, 'tag (no format, tool or role provides it)', n.tag);
    });
  }
  const withFacts = [
    ...listEntries<{ facts: string[] }>(parsed.formats, 'formats'),
    ...listEntries<{ facts: string[] }>(parsed.tools, 'tools'),
    ...listEntries<{ facts: string[] }>(parsed.roles, 'roles'),
    ...listEntries<{ facts: string[] }>(parsed.recruiters, 'recruiters'),
    ...missionEntries,
  ];
  for (const { file, path, item } of withFacts) {
    item.facts.forEach((f, i) => {
      if (!Object.hasOwn(facts, f))
        problems.push({ file, path: `${path}.facts[${i}]`, message: `unknown fact "${f}"` });
    });
  }
  playlists?.career.forEach((m, i) => {
    if (!Object.hasOwn(missions, m))
      problems.push({ file: 'playlists.json', path: `$.career[${i}]`, message: `unknown mission "${m}"` });
  });

  if (!rules || !playlists || problems.length > 0) return { problems };
  return {
    catalogue: { formats, tools, roles, recruiters, missions, facts, career: playlists.career, rules },
    problems,
  };
}
