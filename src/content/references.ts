import type { z } from 'zod';
import { checkCast, checkTellers } from './castReferences.ts';
import { checkMission } from './missionReferences.ts';
import type { Problem } from './problem.ts';
import { checkReach } from './reach.ts';
import type { playlists as playlistsSchema, rules as rulesSchema } from './schemas.ts';
import type { Catalogue, Mission } from './types.ts';
import type { Parsed } from './validate.ts';
import { EVALUATION_METHODS, PLAYLISTS } from './vocabulary.ts';

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

/** The items of one kind of list file, each with the file and the JSON path it came from. */
function listEntries<K extends string, T>(
  files: { file: string; data: Record<K, T[]> }[],
  key: K,
): Entry<T>[] {
  return files.flatMap(({ file, data }) =>
    data[key].map((item, i) => ({ file, path: `$.${key}[${i}]`, item })),
  );
}

/** Checks that every id a file names is defined somewhere, and assembles the catalogue. */
export function checkReferences(
  parsed: Parsed,
  rules: z.output<typeof rulesSchema> | undefined,
  playlists: z.output<typeof playlistsSchema> | undefined,
): { catalogue?: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const all = {
    formats: listEntries(parsed.formats, 'formats'),
    tools: listEntries(parsed.tools, 'tools'),
    roles: listEntries(parsed.roles, 'roles'),
    recruiters: listEntries(parsed.recruiters, 'recruiters'),
    facts: listEntries(parsed.facts, 'facts'),
    events: listEntries(parsed.events, 'events'),
    live: listEntries(parsed.live, 'live'),
    backgrounds: listEntries(parsed.backgrounds, 'backgrounds'),
    contracts: listEntries(parsed.contracts, 'contracts'),
    ranks: listEntries(parsed.ranks, 'ranks'),
    quiz: listEntries(parsed.quiz, 'quiz'),
    routes: listEntries(parsed.routes, 'routes'),
    evaluations: listEntries(parsed.evaluations, 'evaluations'),
    glossary: listEntries(parsed.glossary, 'glossary'),
    cast: listEntries(parsed.cast, 'cast'),
  };
  const formats = index(all.formats, problems);
  const tools = index(all.tools, problems);
  const roles = index(all.roles, problems);
  const recruiters = index(all.recruiters, problems);
  const facts = index(all.facts, problems);
  const events = index(all.events, problems);
  const live = index(all.live, problems);
  const backgrounds = index(all.backgrounds, problems);
  const contracts = index(all.contracts, problems);
  const rankEntries = all.ranks;
  const ranks = index(rankEntries, problems);
  const quiz = all.quiz;
  index(quiz, problems);
  const routes = all.routes;
  index(routes, problems);
  const evaluations = index(all.evaluations, problems);
  const glossary = index(all.glossary, problems);
  const cast = index(all.cast, problems);
  checkCast(all.cast, { roles, recruiters }, problems);
  checkTellers(all.events, roles, problems);
  const missionEntries = parsed.mission.map(({ file, data }): Entry<Mission> => {
    const { $schema: _, ...item } = data;
    return { file, path: '$', item };
  });
  const missions = index(missionEntries, problems);
  const say = (file: string, path: string, message: string) => problems.push({ file, path, message });
  for (const method of EVALUATION_METHODS) {
    if (!Object.hasOwn(evaluations, method) && parsed.evaluations.length > 0)
      say('catalogue/evaluations.json', '$.evaluations', `no entry for the method "${method}"`);
  }

  const provided = new Set(
    [...Object.values(formats), ...Object.values(tools), ...Object.values(roles)].flatMap((x) =>
      Object.keys(x.tags),
    ),
  );
  const known = { recruiters, ranks, formats, events, provided };
  for (const entry of missionEntries) checkMission(entry, known, say);

  for (const { file, path, item } of all.tools) {
    item.requires.forEach((tag, i) => {
      if (!provided.has(tag))
        say(file, `${path}.requires[${i}]`, `unknown tag "${tag}" (nothing provides it)`);
    });
  }
  for (const { file, path, item } of all.recruiters) {
    item.contracts.forEach((c, i) => {
      if (!Object.hasOwn(contracts, c)) say(file, `${path}.contracts[${i}]`, `unknown contract "${c}"`);
    });
  }
  for (const { file, path, item } of all.live) {
    if (!Object.hasOwn(formats, item.format)) say(file, `${path}.format`, `unknown format "${item.format}"`);
  }
  for (const f of Object.keys(formats)) {
    if (!Object.hasOwn(live, f) && parsed.live.length > 0)
      say('catalogue/live.json', '$.live', `no live moment for format "${f}"`);
  }
  rankEntries.forEach(({ file, path, item }, i) => {
    if (item.contract && !Object.hasOwn(contracts, item.contract))
      say(file, `${path}.contract`, `unknown contract "${item.contract}"`);
    const before = rankEntries[i - 1]?.item.reputation ?? -1;
    if (i === 0 && item.reputation !== 0)
      say(file, `${path}.reputation`, 'the first rank must need 0 reputation');
    if (item.reputation <= before && i > 0)
      say(file, `${path}.reputation`, 'ranks must be listed by increasing reputation');
  });

  const withFacts = [
    ...all.formats,
    ...all.tools,
    ...all.roles,
    ...all.recruiters,
    ...all.events,
    ...all.backgrounds,
    ...all.ranks,
    ...all.contracts,
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
  for (const key of PLAYLISTS) {
    playlists?.[key].forEach((m, i) => {
      if (!Object.hasOwn(missions, m)) say('playlists.json', `$.${key}[${i}]`, `unknown mission "${m}"`);
    });
  }

  if (!rules || !playlists || problems.length > 0) return { problems };
  const { $schema: _, ...lists } = playlists;
  const { $schema: __, ...gameRules } = rules;
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
    evaluations: evaluations as Catalogue['evaluations'],
    glossary,
    cast,
    playlists: lists,
    rules: gameRules,
  };
  const unreachable = checkReach(catalogue, missionEntries, all.events);
  return unreachable.length > 0 ? { problems: unreachable } : { catalogue, problems };
}
