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
  for (const [what, ids] of [
    ['question', m.questions.map((q) => q.id)],
    ['sequence', m.sequences.map((s) => s.id)],
    ['constraint', m.constraints.map((c) => c.id)],
  ] as const) {
    for (const d of duplicates(ids)) say(file, '$', `duplicate ${what} id "${d}"`);
  }
}
