import type { z } from 'zod';
import type { Catalogue, Mission, Rank } from '../sim/types.ts';
import { checkMission } from './missionReferences.ts';
import type { Problem } from './problem.ts';
import type { playlists as playlistsSchema, rules as rulesSchema } from './schemas.ts';
import type { Parsed } from './validate.ts';

export interface Entry<T> {
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

type C = Catalogue;

/** Checks that every id a file names is defined somewhere, and assembles the catalogue. */
export function checkReferences(
  parsed: Parsed,
  rules: z.output<typeof rulesSchema> | undefined,
  playlists: z.output<typeof playlistsSchema> | undefined,
): { catalogue?: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const all = <K extends keyof Parsed, T>(kind: K) => listEntries<T>(parsed[kind] as never, kind);
  const formats = index(all<'formats', C['formats'][string]>('formats'), problems);
  const tools = index(all<'tools', C['tools'][string]>('tools'), problems);
  const roles = index(all<'roles', C['roles'][string]>('roles'), problems);
  const recruiters = index(all<'recruiters', C['recruiters'][string]>('recruiters'), problems);
  const facts = index(all<'facts', C['facts'][string]>('facts'), problems);
  const events = index(all<'events', C['events'][string]>('events'), problems);
  const live = index(all<'live', C['live'][string] & { id: string }>('live'), problems);
  const backgrounds = index(all<'backgrounds', C['backgrounds'][string]>('backgrounds'), problems);
  const contracts = index(all<'contracts', C['contracts'][string]>('contracts'), problems);
  const rankEntries = all<'ranks', Rank>('ranks');
  const ranks = index(rankEntries, problems);
  const quiz = all<'quiz', C['quiz'][number]>('quiz');
  index(quiz, problems);
  const routes = all<'routes', C['routes'][number]>('routes');
  index(routes, problems);
  const missionEntries = parsed.mission.map(({ file, data }) => {
    const { $schema: _, ...item } = data;
    return { file, path: '$', item: item as Mission };
  });
  const missions = index(missionEntries, problems);
  const say = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const provided = new Set(
    [...Object.values(formats), ...Object.values(tools), ...Object.values(roles)].flatMap((x) =>
      Object.keys(x.tags),
    ),
  );
  const known = { recruiters, ranks, formats, events, provided };
  for (const entry of missionEntries) checkMission(entry, known, say);

  for (const { file, path, item } of all<'tools', C['tools'][string]>('tools')) {
    item.requires.forEach((tag, i) => {
      if (!provided.has(tag))
        say(file, `${path}.requires[${i}]`, `unknown tag "${tag}" (nothing provides it)`);
    });
  }
  for (const { file, path, item } of all<'recruiters', C['recruiters'][string]>('recruiters')) {
    item.contracts.forEach((c, i) => {
      if (!Object.hasOwn(contracts, c)) say(file, `${path}.contracts[${i}]`, `unknown contract "${c}"`);
    });
  }
  for (const { file, path, item } of all<'live', { format: string }>('live')) {
    if (!Object.hasOwn(formats, item.format)) say(file, `${path}.format`, `unknown format "${item.format}"`);
  }
  for (const f of Object.keys(formats)) {
    if (!Object.hasOwn(live, f) && parsed.live.length > 0)
      say('catalogue/live.json', '$.live', `no live moment for format "${f}"`);
  }
  rankEntries.forEach(({ file, path, item }, i) => {
    const before = rankEntries[i - 1]?.item.reputation ?? -1;
    if (i === 0 && item.reputation !== 0)
      say(file, `${path}.reputation`, 'the first rank must need 0 reputation');
    if (item.reputation <= before && i > 0)
      say(file, `${path}.reputation`, 'ranks must be listed by increasing reputation');
  });

  const withFacts = [
    ...all<'formats', { facts: string[] }>('formats'),
    ...all<'tools', { facts: string[] }>('tools'),
    ...all<'roles', { facts: string[] }>('roles'),
    ...all<'recruiters', { facts: string[] }>('recruiters'),
    ...all<'events', { facts: string[] }>('events'),
    ...all<'backgrounds', { facts: string[] }>('backgrounds'),
    ...all<'ranks', { facts: string[] }>('ranks'),
    ...all<'contracts', { facts: string[] }>('contracts'),
    ...routes,
    ...missionEntries,
  ];
  for (const { file, path, item } of withFacts) {
    item.facts.forEach((f, i) => {
      if (!Object.hasOwn(facts, f)) say(file, `${path}.facts[${i}]`, `unknown fact "${f}"`);
    });
  }
  for (const { file, path, item } of quiz) {
    if (!Object.hasOwn(facts, item.fact)) say(file, `${path}.fact`, `unknown fact "${item.fact}"`);
  }
  for (const key of ['career', 'classroom', 'kiosk'] as const) {
    playlists?.[key].forEach((m, i) => {
      if (!Object.hasOwn(missions, m)) say('playlists.json', `$.${key}[${i}]`, `unknown mission "${m}"`);
    });
  }

  if (!rules || !playlists || problems.length > 0) return { problems };
  const { $schema: _, ...lists } = playlists;
  const catalogue: Catalogue = {
    formats,
    tools,
    roles,
    recruiters,
    missions,
    events,
    live,
    backgrounds,
    ranks: rankEntries.map((e) => e.item),
    contracts,
    facts,
    quiz: quiz.map((q) => q.item),
    routes: routes.map((r) => r.item),
    playlists: lists,
    rules,
  };
  return { catalogue, problems };
}
