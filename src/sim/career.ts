import type { Catalogue, Playlists, Rank, Skill, SkillLevels } from '../content/types.ts';
import { SKILLS } from '../content/vocabulary.ts';
import { factToShow } from './debrief.ts';
import { idleTools } from './needs.ts';
import type { MissionRun } from './run.ts';
import { skillLevels } from './skills.ts';

export type PlaylistId = keyof Playlists;

export interface MissionRecord {
  missionId: string;
  stars: number;
  score: number;
  contract: string | null;
  /** Rank held when the mission was played. */
  rank: string;
  /** The team roles hired (the colleagues who worked on it); missing in careers saved before the cast. */
  team?: string[];
}

/** A career: who the player was at the start, what they have done and what it has made of them. */
export interface Career {
  background: string;
  seed: number;
  playlist: PlaylistId;
  xp: Partial<Record<Skill, number>>;
  reputation: number;
  history: MissionRecord[];
  factsMet: string[];
  done: boolean;
}

export interface Offer {
  missionId: string;
  recruiter: string;
  contract: string | null;
}

export function startCareer(background: string, seed: number, playlist: PlaylistId, cat: Catalogue): Career {
  if (!cat.backgrounds[background]) throw new Error(`Unknown background "${background}"`);
  return {
    background,
    seed: seed | 0,
    playlist,
    xp: {},
    reputation: 0,
    history: [],
    factsMet: [],
    done: false,
  };
}

export function careerSkills(career: Career, cat: Catalogue): SkillLevels {
  const base = cat.backgrounds[career.background]?.skills;
  if (!base) throw new Error(`Unknown background "${career.background}"`);
  return skillLevels(base, career.xp, cat.rules.skillLevels);
}

/** The highest rank the reputation reaches (ranks are listed by increasing reputation). */
export function rankOf(reputation: number, cat: Catalogue): Rank {
  return cat.ranks.filter((r) => reputation >= r.reputation).at(-1) ?? (cat.ranks[0] as Rank);
}

const rankIndex = (id: string, cat: Catalogue) => cat.ranks.findIndex((r) => r.id === id);

/** How many missions this career lasts. */
export function careerLength(career: Career, cat: Catalogue): number {
  const list = cat.playlists[career.playlist];
  return career.playlist === 'career' ? Math.min(cat.rules.careerLength, list.length) : list.length;
}

/** Each mission's seed, the same for everyone who shares the career's seed (a class session). */
export function missionSeed(career: Career, missionId: string): number {
  let h = career.seed;
  for (let i = 0; i < missionId.length; i++) h = Math.imul(h ^ missionId.charCodeAt(i), 16777619);
  return h | 0;
}

/**
 * The job board: in a full career, up to `rules.offers` missions the player's rank opens, each with a
 * contract its kind of employer offers; in a class or kiosk playlist, simply the next mission.
 * The missions of the current rank come first, in the playlist's order, so a promotion brings new work;
 * one place goes to an earlier rank's mission left unplayed, drawn with the career's seed, so that across
 * careers the whole campaign is played.
 */
export function offers(career: Career, cat: Catalogue): Offer[] {
  if (career.done) return [];
  const played = new Set(career.history.map((h) => h.missionId));
  const list = cat.playlists[career.playlist].filter((id) => !played.has(id));
  if (career.playlist !== 'career') {
    const next = list[0];
    const m = next ? cat.missions[next] : undefined;
    return m ? [{ missionId: m.id, recruiter: m.recruiter, contract: null }] : [];
  }
  const current = rankOf(career.reputation, cat);
  const rank = rankIndex(current.id, cat);
  const rankOfMission = (id: string) => rankIndex(cat.missions[id]?.rank ?? '', cat);
  const newest = list.filter((id) => rankOfMission(id) === rank);
  const earlier = list
    .filter((id) => rankOfMission(id) < rank)
    .sort((a, b) => drawOrder(career, a) - drawOrder(career, b));
  const room = cat.rules.offers;
  const picked = [...newest.slice(0, Math.max(1, room - 1)), ...earlier.slice(0, 1)];
  const rest = [...newest, ...earlier].filter((id) => !picked.includes(id));
  return [...picked, ...rest].slice(0, room).flatMap((id) => {
    const m = cat.missions[id];
    if (!m) return [];
    // A rank may come with its own contract (an intern's internship agreement); else the employer's kinds.
    const contracts = current.contract ? [current.contract] : (cat.recruiters[m.recruiter]?.contracts ?? []);
    const contract = contracts[Math.abs(missionSeed(career, id)) % Math.max(1, contracts.length)] ?? null;
    return [{ missionId: id, recruiter: m.recruiter, contract }];
  });
}

/** A mission's place in this career's draw among earlier ranks' missions (stable while the career lasts). */
const drawOrder = (career: Career, missionId: string) =>
  Math.imul(missionSeed(career, missionId), 0x9e3779b1) >>> 0;

/** Experience a finished mission gives: the skills it exercised, plus what its events taught. */
export function missionXp(run: MissionRun, cat: Catalogue): Partial<Record<Skill, number>> {
  const xp: Partial<Record<Skill, number>> = {};
  const add = (s: Skill, n = 1) => {
    xp[s] = (xp[s] ?? 0) + n;
  };
  const mission = cat.missions[run.missionId];
  const o = run.outcome;
  if (!mission || !o) return xp;
  if ((o.mixFit ?? 0) >= 0.75) add('pedagogy');
  if ((o.principleFit ?? 0) >= 0.75) add('pedagogy');
  // Acting on what a pilot found is the evaluation loop of ADDIE: it teaches design.
  if (run.pilot?.revise) add('pedagogy');
  for (const id of run.asked) if (mission.questions.find((q) => q.id === id)?.reveals) add('listening');
  const idle = idleTools(run, cat);
  for (const id of run.tools) {
    const skill = cat.tools[id]?.skill?.id;
    if (skill && !idle.includes(id)) add(skill);
  }
  if (run.team.length >= 2) add('teamwork');
  if (o.weeksLate === 0 && o.cost <= mission.budget) add('project');
  const options = [
    ...run.events.map((p) => cat.events[p.id]?.options.find((x) => x.id === p.option)),
    ...run.live.map((p) =>
      cat.live[run.format ?? '']?.steps.find((s) => s.id === p.id)?.options.find((x) => x.id === p.option),
    ),
  ];
  for (const option of options)
    for (const s of SKILLS) if (option?.effects.xp[s]) add(s, option.effects.xp[s]);
  return xp;
}

/**
 * The facts a finished mission can teach, most specific first: the mission's own, those of the events
 * met, then the employer's, the contract's and the player's background.
 */
export function missionFacts(
  career: Career,
  run: MissionRun,
  contract: string | null,
  cat: Catalogue,
): string[] {
  const mission = cat.missions[run.missionId];
  const recruiter = mission ? cat.recruiters[mission.recruiter] : undefined;
  const events = run.events.flatMap((p) => cat.events[p.id]?.facts ?? []);
  const live = run.live.flatMap(
    (p) => cat.live[run.format ?? '']?.steps.find((x) => x.id === p.id)?.facts ?? [],
  );
  return [
    ...new Set([
      ...(mission?.facts ?? []),
      ...events,
      ...live,
      ...(recruiter?.facts ?? []),
      ...(contract ? (cat.contracts[contract]?.facts ?? []) : []),
      ...(cat.backgrounds[career.background]?.facts ?? []),
    ]),
  ];
}

export interface MissionEnd {
  career: Career;
  /** The new rank when this mission earned one. */
  rankUp: Rank | null;
  fact: string | undefined;
  /** The facts the promotion screen shows about the new post (none without a promotion). */
  rankFacts: string[];
}

/**
 * What a new career's first screen tells: the fact of the route the player came by, then those of the first
 * post (what the job is, what studies lead to it).
 */
export function openingFacts(career: Career, cat: Catalogue): string[] {
  const route = cat.backgrounds[career.background]?.facts[0];
  const post = cat.ranks[0]?.facts ?? [];
  return [...new Set([...(route ? [route] : []), ...post])].filter((f) => cat.facts[f]);
}

/** The career with these facts met (they were on screen). */
export function meetFacts(career: Career, facts: readonly string[]): Career {
  const met = [...new Set([...career.factsMet, ...facts])];
  return met.length === career.factsMet.length ? career : { ...career, factsMet: met };
}

/**
 * Files a finished mission into the career: experience, reputation, rank, the fact met. `seen` is the fact
 * the results screen showed (undefined: taken as shown); a fact the player never had on screen is not met.
 */
export function recordMission(
  career: Career,
  run: MissionRun,
  contract: string | null,
  cat: Catalogue,
  seen?: string | null,
): MissionEnd {
  const o = run.outcome;
  const mission = cat.missions[run.missionId];
  if (!o || !mission) throw new Error('Only an evaluated mission can be recorded.');
  const before = rankOf(career.reputation, cat);
  const gained = missionXp(run, cat);
  const xp = { ...career.xp };
  for (const s of SKILLS) if (gained[s]) xp[s] = (xp[s] ?? 0) + (gained[s] ?? 0);
  const reputation = career.reputation + o.stars * cat.rules.reputationPerStar;
  const toShow = factToShow(missionFacts(career, run, contract, cat), career.factsMet);
  const fact = seen === undefined || seen === toShow ? toShow : undefined;
  const next: Career = {
    ...career,
    xp,
    reputation,
    history: [
      ...career.history,
      {
        missionId: mission.id,
        stars: o.stars,
        score: o.score,
        contract,
        rank: before.id,
        team: [...run.team],
      },
    ],
    factsMet: fact && !career.factsMet.includes(fact) ? [...career.factsMet, fact] : career.factsMet,
  };
  next.done = next.history.length >= careerLength(next, cat) || offers(next, cat).length === 0;
  const after = rankOf(reputation, cat);
  const rankUp = after.id !== before.id ? after : null;
  // A promotion's screen tells what the new post is like (its pay, its title…): each of those facts, met
  // as the screen shows them.
  const rankFacts = rankUp ? rankUp.facts.filter((f) => cat.facts[f]) : [];
  return { career: next, rankUp, fact, rankFacts };
}
