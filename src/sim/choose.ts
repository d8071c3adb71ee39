import { planCost } from './budget.ts';
import { evaluate } from './outcome.ts';
import { type Choice, type MissionRun, PHASES, startRun } from './run.ts';
import type { Catalogue } from './types.ts';

export type ChoiceError =
  | 'unknown-mission'
  | 'wrong-phase'
  | 'unknown-id'
  | 'format-not-allowed'
  | 'over-budget'
  | 'too-many'
  | 'incomplete';

export type ChoiceResult = { ok: true; run: MissionRun } | { ok: false; error: ChoiceError; message: string };

const refuse = (error: ChoiceError, message: string): ChoiceResult => ({ ok: false, error, message });

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? list : [...list, id]) : list.filter((x) => x !== id);
}

function advance(run: MissionRun, cat: Catalogue): ChoiceResult {
  if (run.phase === 'design' && !run.format) return refuse('incomplete', 'Choose a format before moving on.');
  if (run.phase === 'develop' && run.tools.length === 0)
    return refuse('incomplete', 'Choose at least one tool.');
  if (run.phase === 'evaluate') return refuse('wrong-phase', 'The mission is already evaluated.');
  const phase = PHASES[PHASES.indexOf(run.phase) + 1] ?? 'evaluate';
  const outcome = phase === 'evaluate' ? evaluate(run, run.seed, cat) : run.outcome;
  return { ok: true, run: { ...run, phase, outcome } };
}

/**
 * Applies one decision to a mission run. A refused decision leaves the run as it was and says why,
 * so the interface can show the reason and a replay can stop at the first bad entry.
 */
export function applyChoice(run: MissionRun, choice: Choice, cat: Catalogue): ChoiceResult {
  const mission = cat.missions[run.missionId];
  if (!mission) return refuse('unknown-mission', `Unknown mission "${run.missionId}".`);
  let next: ChoiceResult;
  switch (choice.t) {
    case 'next':
      next = advance(run, cat);
      break;
    case 'format':
      if (run.phase !== 'design') return refuse('wrong-phase', 'The format is chosen in the design phase.');
      if (!cat.formats[choice.id]) return refuse('unknown-id', `Unknown format "${choice.id}".`);
      if (!mission.formats.includes(choice.id))
        return refuse('format-not-allowed', `The format "${choice.id}" does not suit this mission.`);
      next = { ok: true, run: { ...run, format: choice.id } };
      break;
    case 'tool':
    case 'role': {
      if (run.phase !== 'develop')
        return refuse('wrong-phase', 'Tools and team are chosen in the develop phase.');
      const isTool = choice.t === 'tool';
      if (!(isTool ? cat.tools[choice.id] : cat.roles[choice.id]))
        return refuse('unknown-id', `Unknown ${isTool ? 'tool' : 'team role'} "${choice.id}".`);
      const tools = isTool ? toggle(run.tools, choice.id, choice.on) : run.tools;
      const team = isTool ? run.team : toggle(run.team, choice.id, choice.on);
      if (tools.length > mission.maxTools) return refuse('too-many', `At most ${mission.maxTools} tools.`);
      if (team.length > mission.maxTeam)
        return refuse('too-many', `At most ${mission.maxTeam} team members.`);
      if (planCost({ tools, team }, mission, cat) > mission.budget)
        return refuse('over-budget', 'That would exceed the budget.');
      next = { ok: true, run: { ...run, tools, team } };
      break;
    }
  }
  if (!next.ok) return next;
  return { ok: true, run: { ...next.run, choices: [...run.choices, choice] } };
}

/** Replays a run from its seed and choices; throws on the first refused choice. */
export function replay(missionId: string, seed: number, choices: Choice[], cat: Catalogue): MissionRun {
  let run = startRun(missionId, seed);
  choices.forEach((choice, i) => {
    const r = applyChoice(run, choice, cat);
    if (!r.ok) throw new Error(`Choice ${i + 1} refused: ${r.message}`);
    run = r.run;
  });
  return run;
}
