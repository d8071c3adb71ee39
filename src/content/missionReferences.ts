import type { Entry } from './references.ts';
import type { GameEvent, Mission, Rank } from './types.ts';

export interface Known {
  recruiters: Record<string, unknown>;
  ranks: Record<string, Rank>;
  formats: Record<string, unknown>;
  events: Record<string, GameEvent>;
  provided: Set<string>;
}

type Say = (file: string, path: string, message: string) => void;

const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

function duplicates(ids: string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i);
}

/** Checks the ids a mission names: its recruiter, rank, formats, needs, questions, constraints and events. */
export function checkMission({ file, item: m }: Entry<Mission>, k: Known, say: Say): void {
  if (!has(k.recruiters, m.recruiter)) say(file, '$.recruiter', `unknown recruiter "${m.recruiter}"`);
  if (!has(k.ranks, m.rank)) say(file, '$.rank', `unknown rank "${m.rank}"`);
  m.formats.forEach((f, i) => {
    if (!has(k.formats, f)) say(file, `$.formats[${i}]`, `unknown format "${f}"`);
  });
  const constraints = new Set(m.constraints.map((c) => c.id));
  m.needs.forEach((n, i) => {
    if (!k.provided.has(n.tag))
      say(file, `$.needs[${i}].tag`, `unknown tag "${n.tag}" (no format, tool or role provides it)`);
    if (n.constraint && !constraints.has(n.constraint))
      say(file, `$.needs[${i}].constraint`, `unknown constraint "${n.constraint}"`);
  });
  m.questions.forEach((q, i) => {
    if (q.reveals && !constraints.has(q.reveals))
      say(file, `$.questions[${i}].reveals`, `unknown constraint "${q.reveals}"`);
  });
  m.constraints.forEach((c, i) => {
    if (!m.questions.some((q) => q.reveals === c.id))
      say(file, `$.constraints[${i}]`, `no question reveals "${c.id}"`);
    if (!m.needs.some((n) => n.constraint === c.id))
      say(file, `$.constraints[${i}]`, `no need comes from "${c.id}"`);
  });
  m.events.forEach((e, i) => {
    if (!has(k.events, e)) say(file, `$.events[${i}]`, `unknown event "${e}"`);
  });
  if (m.eventCount > m.events.length)
    say(file, '$.eventCount', `draws ${m.eventCount} events from a pool of ${m.events.length}`);
  if (m.maxQuestions > m.questions.length)
    say(file, '$.maxQuestions', `allows ${m.maxQuestions} questions but lists ${m.questions.length}`);
  checkDesign(file, m, say);
  for (const [what, ids] of [
    ['question', m.questions.map((q) => q.id)],
    ['objective', m.objectives.map((o) => o.id)],
    ['card', m.deck.map((c) => c.id)],
    ['pilot finding', m.pilot.map((p) => p.id)],
    ['constraint', m.constraints.map((c) => c.id)],
  ] as const) {
    for (const d of duplicates(ids)) say(file, '$', `duplicate ${what} id "${d}"`);
  }
}

/** An express mission plays its deck as listed: a short one, with no pilot. */
const EXPRESS_DECK_MAX = 4;

/** Checks the learning design a mission offers: objectives, the deck's cards, and what the pilot may find. */
function checkDesign(file: string, m: Mission, say: Say): void {
  const objectives = new Set(m.objectives.map((o) => o.id));
  m.deck.forEach((c, i) => {
    c.objectives.forEach((o, j) => {
      if (!objectives.has(o)) say(file, `$.deck[${i}].objectives[${j}]`, `unknown objective "${o}"`);
    });
    if (c.role === 'assess' && c.objectives.length === 0)
      say(file, `$.deck[${i}].objectives`, 'an assess card must name the objectives it assesses');
  });
  const intros = m.deck.filter((c) => c.role === 'intro').length;
  if (intros !== 1) say(file, '$.deck', `needs exactly one intro card (has ${intros})`);
  const observable = m.objectives.filter((o) => o.observable);
  if (observable.length < 2)
    say(file, '$.objectives', 'needs at least two observable objectives to pick from');
  if (observable.length === m.objectives.length)
    say(
      file,
      '$.objectives',
      'needs at least one vague objective: the choice teaches only if it can be wrong',
    );
  m.objectives.forEach((o, i) => {
    if (!o.observable) return;
    const serves = (role: string) => m.deck.some((c) => c.role === role && c.objectives.includes(o.id));
    if (!serves('assess')) say(file, `$.objectives[${i}]`, `no assess card assesses "${o.id}"`);
    if (!serves('learn')) say(file, `$.objectives[${i}]`, `no learn card serves "${o.id}"`);
  });
  m.pilot.forEach((p, i) => {
    const fix = m.deck.find((c) => c.id === p.fix);
    if (!fix) say(file, `$.pilot[${i}].fix`, `unknown card "${p.fix}"`);
    else if (fix.type !== p.type || fix.role !== 'learn')
      say(file, `$.pilot[${i}].fix`, `"${p.fix}" must be a learn card of the type "${p.type}"`);
  });
  if (m.express) {
    if (m.deck.length > EXPRESS_DECK_MAX)
      say(file, '$.deck', `an express mission plays at most ${EXPRESS_DECK_MAX} cards`);
    if (m.pilot.length > 0) say(file, '$.pilot', 'an express mission has no pilot');
  } else if (m.pilot.length === 0) say(file, '$.pilot', 'needs at least one pilot finding');
}
