import type { Catalogue, EventOption, Mission, SkillLevels } from '../content/types.ts';
import { planBreach } from './budget.ts';
import { drawDistinct } from './draw.ts';
import { evaluate } from './outcome.ts';
import { idealHours, spreadComplete } from './pedagogy.ts';
import { type Choice, type MissionRun, type Pending, PHASES, startRun } from './run.ts';
import { hasSkill } from './skills.ts';

export type ChoiceError =
  | 'unknown-mission'
  | 'wrong-phase'
  | 'unknown-id'
  | 'format-not-allowed'
  | 'over-budget'
  | 'too-many'
  | 'bad-hours'
  | 'bad-order'
  | 'locked'
  | 'incomplete';

export type ChoiceResult = { ok: true; run: MissionRun } | { ok: false; error: ChoiceError; message: string };

const refuse = (error: ChoiceError, message: string): ChoiceResult => ({ ok: false, error, message });
const accept = (run: MissionRun): ChoiceResult => ({ ok: true, run });

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? list : [...list, id]) : list.filter((x) => x !== id);
}

/** What moving to the next phase sets up: events drawn for production, the format's live steps, the outcome. */
function enter(run: MissionRun, mission: Mission, cat: Catalogue): MissionRun {
  const phase = PHASES[PHASES.indexOf(run.phase) + 1] ?? 'evaluate';
  if (phase === 'develop' && mission.express) {
    // Express missions make only the big decisions: the learning design follows the ideal.
    return {
      ...run,
      phase,
      hours: idealHours(mission.mix, mission.hours),
      order: mission.sequences.map((s) => s.id),
    };
  }
  if (phase === 'production') {
    const { picked, rng } = drawDistinct(mission.events, mission.eventCount, run.rng);
    return { ...run, phase, rng, events: picked.map((id) => ({ id, option: null })) };
  }
  if (phase === 'implement') {
    const steps = mission.express || !run.format ? [] : (cat.live[run.format]?.steps ?? []);
    return { ...run, phase, live: steps.map((s) => ({ id: s.id, option: null })) };
  }
  if (phase === 'evaluate') return { ...run, phase, outcome: evaluate(run, cat) };
  return { ...run, phase };
}

/** What the phase still asks for before the run moves on, or null when it may move on. */
export function stillNeeded(run: MissionRun, mission: Mission): string | null {
  if (run.phase === 'design') {
    if (!run.format) return 'Choose a format before moving on.';
    if (!mission.express && (!run.hours || !run.order)) return 'Spread the hours and order the storyboard.';
  }
  if (run.phase === 'develop' && run.tools.length === 0) return 'Choose at least one tool.';
  if (run.phase === 'production' && run.events.some((e) => !e.option)) return 'Answer every event.';
  if (run.phase === 'implement' && run.live.some((e) => !e.option)) return 'Take every live decision.';
  return null;
}

function advance(run: MissionRun, mission: Mission, cat: Catalogue): ChoiceResult {
  if (run.phase === 'evaluate') return refuse('wrong-phase', 'The mission is already evaluated.');
  const needed = stillNeeded(run, mission);
  if (needed) return refuse('incomplete', needed);
  return accept(enter(run, mission, cat));
}

function design(run: MissionRun, choice: Choice, mission: Mission, cat: Catalogue): ChoiceResult {
  if (run.phase !== 'design')
    return refuse('wrong-phase', 'Format, hours and storyboard are chosen in the design phase.');
  if (choice.t === 'format') {
    if (!cat.formats[choice.id]) return refuse('unknown-id', `Unknown format "${choice.id}".`);
    if (!mission.formats.includes(choice.id))
      return refuse('format-not-allowed', `The format "${choice.id}" does not suit this mission.`);
    return accept({ ...run, format: choice.id });
  }
  if (choice.t === 'hours') {
    return spreadComplete(choice.hours, mission.hours)
      ? accept({ ...run, hours: [...choice.hours] })
      : refuse('bad-hours', `Spread exactly ${mission.hours} whole hours over the six activities.`);
  }
  if (choice.t === 'order') {
    const ids = mission.sequences.map((s) => s.id);
    const ok = choice.ids.length === ids.length && ids.every((id) => choice.ids.includes(id));
    return ok
      ? accept({ ...run, order: [...choice.ids] })
      : refuse('bad-order', 'Order every storyboard step exactly once.');
  }
  return refuse('wrong-phase', 'Not a design decision.');
}

function develop(
  run: MissionRun,
  choice: { t: 'tool' | 'role'; id: string; on: boolean },
  mission: Mission,
  cat: Catalogue,
): ChoiceResult {
  if (run.phase !== 'develop')
    return refuse('wrong-phase', 'Tools and team are chosen in the develop phase.');
  const isTool = choice.t === 'tool';
  if (!(isTool ? cat.tools[choice.id] : cat.roles[choice.id]))
    return refuse('unknown-id', `Unknown ${isTool ? 'tool' : 'team role'} "${choice.id}".`);
  const tools = isTool ? toggle(run.tools, choice.id, choice.on) : run.tools;
  const team = isTool ? run.team : toggle(run.team, choice.id, choice.on);
  const breach = planBreach({ tools, team }, mission, cat);
  if (breach === 'too-many-tools') return refuse('too-many', `At most ${mission.maxTools} tools.`);
  if (breach === 'too-many-team') return refuse('too-many', `At most ${mission.maxTeam} team members.`);
  if (breach === 'over-budget') return refuse('over-budget', 'That would exceed the budget.');
  return accept({ ...run, tools, team });
}

/** Whether an option is open to this player and team (some need a skill level or someone who has it). */
export function optionOpen(
  option: EventOption,
  skills: SkillLevels,
  team: string[],
  cat: Catalogue,
): boolean {
  return !option.needs || hasSkill(skills, team, option.needs.skill, option.needs.level, cat);
}

function answer(
  run: MissionRun,
  choice: { t: 'event' | 'live'; id: string; option: string },
  cat: Catalogue,
): ChoiceResult {
  const phase = choice.t === 'event' ? 'production' : 'implement';
  if (run.phase !== phase) return refuse('wrong-phase', `That decision belongs to the ${phase} phase.`);
  const list = choice.t === 'event' ? run.events : run.live;
  const pending = list.find((p) => p.id === choice.id);
  const source =
    choice.t === 'event'
      ? cat.events[choice.id]
      : cat.live[run.format ?? '']?.steps.find((s) => s.id === choice.id);
  const option = source?.options.find((o) => o.id === choice.option);
  if (!pending || !option)
    return refuse('unknown-id', `Unknown ${choice.t} or option "${choice.id}/${choice.option}".`);
  if (pending.option) return refuse('wrong-phase', 'That decision is already taken.');
  if (!optionOpen(option, run.skills, run.team, cat))
    return refuse('locked', 'That option needs a skill nobody on the team has.');
  const next: Pending[] = list.map((p) => (p.id === choice.id ? { ...p, option: option.id } : p));
  return accept(choice.t === 'event' ? { ...run, events: next } : { ...run, live: next });
}

/** Whether the mission allows another question. */
export function canAskMore(run: Pick<MissionRun, 'asked'>, mission: Mission): boolean {
  return run.asked.length < mission.maxQuestions;
}

function ask(run: MissionRun, id: string, mission: Mission): ChoiceResult {
  if (run.phase !== 'brief') return refuse('wrong-phase', 'Questions are asked in the analysis phase.');
  if (!mission.questions.some((q) => q.id === id)) return refuse('unknown-id', `Unknown question "${id}".`);
  if (run.asked.includes(id)) return refuse('too-many', 'That question was already asked.');
  if (!canAskMore(run, mission)) return refuse('too-many', `At most ${mission.maxQuestions} questions.`);
  return accept({ ...run, asked: [...run.asked, id] });
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
      next = advance(run, mission, cat);
      break;
    case 'ask':
      next = ask(run, choice.id, mission);
      break;
    case 'format':
    case 'hours':
    case 'order':
      next = design(run, choice, mission, cat);
      break;
    case 'tool':
    case 'role':
      next = develop(run, choice, mission, cat);
      break;
    case 'event':
    case 'live':
      next = answer(run, choice, cat);
      break;
  }
  if (!next.ok) return next;
  return accept({ ...next.run, choices: [...run.choices, choice] });
}

/** Replays a run from its seed, skills and choices; throws on the first refused choice. */
export function replay(
  missionId: string,
  seed: number,
  skills: SkillLevels,
  choices: Choice[],
  cat: Catalogue,
): MissionRun {
  let run = startRun(missionId, seed, skills);
  choices.forEach((choice, i) => {
    const r = applyChoice(run, choice, cat);
    if (!r.ok) throw new Error(`Choice ${i + 1} refused: ${r.message}`);
    run = r.run;
  });
  return run;
}
