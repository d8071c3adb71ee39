import type { Catalogue, EventOption, Mission, SkillLevels } from '../content/types.ts';
import { designCost, planBreach } from './budget.ts';
import { cardsOf, pilotFinding, totalHours } from './design.ts';
import { drawDistinct } from './draw.ts';
import { evaluate } from './outcome.ts';
import { type Choice, type MissionRun, type Pending, PHASES, startRun } from './run.ts';
import { hasSkill } from './skills.ts';

export type ChoiceError =
  | 'unknown-mission'
  | 'wrong-phase'
  | 'unknown-id'
  | 'format-not-allowed'
  | 'over-budget'
  | 'too-many'
  | 'bad-order'
  | 'too-long'
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
  if (phase === 'design' && mission.express) {
    // Express missions make only the big decisions: their objectives and storyboard are written for them.
    const objectives = mission.objectives.filter((o) => o.observable).map((o) => o.id);
    return { ...run, phase, objectives: objectives.slice(0, cat.rules.objectivePicks) };
  }
  if (phase === 'develop' && mission.express) {
    return { ...run, phase, order: mission.deck.map((c) => c.id) };
  }
  if (phase === 'production') {
    const { picked, rng } = drawDistinct(mission.events, mission.eventCount, run.rng);
    const finding = mission.express ? null : pilotFinding(run, mission, cat);
    return {
      ...run,
      phase,
      rng,
      events: picked.map((id) => ({ id, option: null })),
      pilot: finding ? { finding: finding.id, revise: null } : null,
    };
  }
  if (phase === 'implement') {
    const steps = mission.express || !run.format ? [] : (cat.live[run.format]?.steps ?? []);
    return { ...run, phase, live: steps.map((s) => ({ id: s.id, option: null })) };
  }
  if (phase === 'evaluate') return { ...run, phase, outcome: evaluate(run, cat) };
  return { ...run, phase };
}

/** What the phase still asks for before the run moves on, or null when it may move on. */
export function stillNeeded(run: MissionRun, mission: Mission, cat: Catalogue): string | null {
  const rules = cat.rules;
  if (run.phase === 'brief' && !mission.express && run.objectives.length !== rules.objectivePicks)
    return `Pick ${rules.objectivePicks} learning objectives.`;
  if (run.phase === 'design') {
    if (!run.format) return 'Choose a format before moving on.';
    if (!mission.express) {
      const cards = cardsOf(run.order ?? [], mission);
      if (!cards.some((c) => c.role !== 'intro')) return 'Build the storyboard from the activity cards.';
      if (totalHours(cards) > (cat.formats[run.format]?.maxHours ?? 0))
        return 'The storyboard is longer than this format can hold.';
      if (designCost(run, mission, cat) > mission.budget)
        return 'Producing the storyboard would cost more than the budget.';
      if (run.evaluation.length === 0) return 'Choose how the course will be evaluated.';
    }
  }
  if (run.phase === 'develop' && run.tools.length === 0) return 'Choose at least one tool.';
  if (run.phase === 'production' && run.events.some((e) => !e.option)) return 'Answer every event.';
  if (run.phase === 'production' && run.pilot && run.pilot.revise === null)
    return 'Decide what to do with the pilot’s finding.';
  if (run.phase === 'implement' && run.live.some((e) => !e.option)) return 'Take every live decision.';
  return null;
}

function advance(run: MissionRun, mission: Mission, cat: Catalogue): ChoiceResult {
  if (run.phase === 'evaluate') return refuse('wrong-phase', 'The mission is already evaluated.');
  const needed = stillNeeded(run, mission, cat);
  if (needed) return refuse('incomplete', needed);
  return accept(enter(run, mission, cat));
}

function design(run: MissionRun, choice: Choice, mission: Mission, cat: Catalogue): ChoiceResult {
  if (run.phase !== 'design')
    return refuse('wrong-phase', 'Format, storyboard and evaluation are chosen in the design phase.');
  if (choice.t === 'format') {
    if (!cat.formats[choice.id]) return refuse('unknown-id', `Unknown format "${choice.id}".`);
    if (!mission.formats.includes(choice.id))
      return refuse('format-not-allowed', `The format "${choice.id}" does not suit this mission.`);
    if (designCost({ ...run, format: choice.id }, mission, cat) > mission.budget)
      return refuse(
        'over-budget',
        'Producing the storyboard in that format would cost more than the budget.',
      );
    return accept({ ...run, format: choice.id });
  }
  if (mission.express) return refuse('wrong-phase', 'An express mission’s storyboard is written for it.');
  if (choice.t === 'order') {
    const known = choice.ids.every((id) => mission.deck.some((c) => c.id === id));
    const once = new Set(choice.ids).size === choice.ids.length;
    if (!known || !once) return refuse('bad-order', 'Use each card of the deck at most once.');
    const max = run.format ? (cat.formats[run.format]?.maxHours ?? 0) : Number.POSITIVE_INFINITY;
    const grows = totalHours(cardsOf(choice.ids, mission)) > totalHours(cardsOf(run.order ?? [], mission));
    if (grows && totalHours(cardsOf(choice.ids, mission)) > max)
      return refuse('too-long', `This format holds at most ${max} learner hours.`);
    if (grows && designCost({ ...run, order: choice.ids }, mission, cat) > mission.budget)
      return refuse('over-budget', 'Producing that storyboard would cost more than the budget.');
    return accept({ ...run, order: [...choice.ids] });
  }
  if (choice.t === 'evaluation') {
    if (!Object.hasOwn(cat.evaluations, choice.id))
      return refuse('unknown-id', `Unknown method "${choice.id}".`);
    const evaluation = toggle(run.evaluation, choice.id, choice.on);
    if (evaluation.length > cat.rules.evaluationPicks)
      return refuse('too-many', `At most ${cat.rules.evaluationPicks} evaluation methods.`);
    if (choice.on && designCost({ ...run, evaluation }, mission, cat) > mission.budget)
      return refuse('over-budget', 'That evaluation would take the plan over the budget.');
    return accept({ ...run, evaluation });
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
  const breach = planBreach({ ...run, tools, team }, mission, cat);
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

function pick(
  run: MissionRun,
  choice: { id: string; on: boolean },
  mission: Mission,
  cat: Catalogue,
): ChoiceResult {
  if (run.phase !== 'brief') return refuse('wrong-phase', 'Objectives are set in the analysis phase.');
  if (!mission.objectives.some((o) => o.id === choice.id))
    return refuse('unknown-id', `Unknown objective "${choice.id}".`);
  const objectives = toggle(run.objectives, choice.id, choice.on);
  if (objectives.length > cat.rules.objectivePicks)
    return refuse('too-many', `Pick at most ${cat.rules.objectivePicks} objectives.`);
  return accept({ ...run, objectives });
}

function pilot(run: MissionRun, revise: boolean): ChoiceResult {
  if (run.phase !== 'production') return refuse('wrong-phase', 'The pilot runs during production.');
  if (!run.pilot) return refuse('wrong-phase', 'The pilot found nothing to revise.');
  if (run.pilot.revise !== null) return refuse('wrong-phase', 'That decision is already taken.');
  return accept({ ...run, pilot: { ...run.pilot, revise } });
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
    case 'objective':
      next = pick(run, choice, mission, cat);
      break;
    case 'pilot':
      next = pilot(run, choice.revise);
      break;
    case 'format':
    case 'order':
    case 'evaluation':
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
