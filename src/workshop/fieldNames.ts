import type { StringKey } from '../i18n/t.ts';
import { ACTIVITY_NAMES, CARD_NEED_NAMES, INDICATOR_NAMES, INTERVIEWEE_NAMES } from '../scenes/names.ts';

// The workshop's words for a mission file's fields, written out key by key (every key findable).

/** Each field's name, by its name in the file (the same name means the same thing at every depth). */
export const FIELD_LABELS: Readonly<Record<string, StringKey>> = {
  id: 'draftField.id',
  recruiter: 'draftField.recruiter',
  rank: 'draftField.rank',
  title: 'draftField.title',
  client: 'draftField.client',
  audience: 'draftField.audience',
  objective: 'draftField.objective',
  brief: 'draftField.brief',
  budget: 'draftField.budget',
  weeks: 'draftField.weeks',
  learners: 'draftField.learners',
  hours: 'draftField.hours',
  formats: 'draftField.formats',
  maxTools: 'draftField.maxTools',
  maxTeam: 'draftField.maxTeam',
  maxQuestions: 'draftField.maxQuestions',
  questions: 'draftField.questions',
  who: 'draftField.who',
  text: 'draftField.text',
  answer: 'draftField.answer',
  reveals: 'draftField.reveals',
  listening: 'draftField.listening',
  vague: 'draftField.vague',
  hint: 'draftField.hint',
  constraints: 'draftField.constraints',
  name: 'draftField.name',
  needs: 'draftField.needs',
  tag: 'draftField.tag',
  indicator: 'draftField.indicator',
  weight: 'draftField.weight',
  missing: 'draftField.missing',
  constraint: 'draftField.constraint',
  why: 'draftField.why',
  mix: 'draftField.mix',
  objectives: 'draftField.objectives',
  observable: 'draftField.observable',
  deck: 'draftField.deck',
  type: 'draftField.type',
  role: 'draftField.role',
  requires: 'draftField.requires',
  platform: 'draftField.platform',
  evaluation: 'draftField.evaluation',
  pilot: 'draftField.pilot',
  fix: 'draftField.fix',
  events: 'draftField.events',
  eventCount: 'draftField.eventCount',
  express: 'draftField.express',
  facts: 'draftField.facts',
  illustrative: 'draftField.illustrative',
  ...ACTIVITY_NAMES,
};

/** Help under a mission's own fields, where the name is not enough (the schema's descriptions, for a teacher). */
export const MISSION_HELP: Readonly<Record<string, StringKey>> = {
  id: 'draftField.help.id',
  hours: 'draftField.help.hours',
  mix: 'draftField.help.mix',
  objectives: 'draftField.help.objectives',
  deck: 'draftField.help.deck',
  platform: 'draftField.help.platform',
  evaluation: 'draftField.help.evaluation',
  pilot: 'draftField.help.pilot',
  events: 'draftField.help.events',
  facts: 'draftField.help.facts',
};

/** Help under the fields of a list's items (a card's `hours` is not the mission's). */
export const ITEM_HELP: Readonly<Record<string, StringKey>> = {
  who: 'draftField.help.who',
  hint: 'draftField.help.hint',
  observable: 'draftField.help.observable',
  role: 'draftField.help.role',
};

/** What one item of a list is called, with its number: « la question {n} » (in « Supprimer la question 2 »). */
export const ITEM_NAMES: Readonly<Record<string, StringKey>> = {
  questions: 'workshop.item.question',
  constraints: 'workshop.item.constraint',
  needs: 'workshop.item.need',
  objectives: 'workshop.item.objective',
  deck: 'workshop.item.card',
  pilot: 'workshop.item.finding',
};
export const ANY_ITEM: StringKey = 'workshop.item.value';

/** The words for the values of the fixed lists a mission picks from, by field name. */
export const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, StringKey>>>> = {
  who: INTERVIEWEE_NAMES,
  type: ACTIVITY_NAMES,
  hint: ACTIVITY_NAMES,
  requires: CARD_NEED_NAMES,
  indicator: INDICATOR_NAMES,
  role: { intro: 'workshop.role.intro', learn: 'workshop.role.learn', assess: 'workshop.role.assess' },
};
