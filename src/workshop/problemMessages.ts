import type { StringKey } from '../i18n/t.ts';

/** A check's message said in the interface's words: a string key and what fills its placeholders. */
export interface SaidProblem {
  key: StringKey;
  params: Record<string, string>;
}

const Q = '"(?<id>[^"]+)"';

/**
 * The English messages of the level checks (src/content: the schemas' own, references.ts,
 * missionReferences.ts, textLanguages.ts, reach.ts), each matched to the key that says it to a teacher
 * with what to do; named groups fill the placeholders. zod's own messages need none: the workshop sets
 * zod's locale (start.ts). Messages a mission cannot cause (ranks, cast, live moments) fall to 'other'.
 */
const MESSAGES: readonly (readonly [RegExp, StringKey])[] = [
  [/^must not be empty$/, 'draftCheck.empty'],
  [/^must be a lowercase slug/, 'draftCheck.slug'],
  [/^must be a fact id/, 'draftCheck.factId'],
  [/^shares must add up to 1$/, 'draftCheck.mixSum'],
  [/^must be 0 or negative$/, 'draftCheck.notPositive'],
  [/^every key must be a language id/, 'draftCheck.languageKey'],
  [/^invalid JSON: /, 'draftCheck.invalidJson'],
  [new RegExp(`^duplicate id ${Q} \\(first defined in (?<where>[^)]+)\\)$`), 'draftCheck.duplicateId'],
  [new RegExp(`^unknown recruiter ${Q}$`), 'draftCheck.unknownRecruiter'],
  [new RegExp(`^unknown rank ${Q}$`), 'draftCheck.unknownRank'],
  [new RegExp(`^unknown format ${Q}$`), 'draftCheck.unknownFormat'],
  [new RegExp(`^unknown tag ${Q} \\(`), 'draftCheck.unknownTag'],
  [new RegExp(`^unknown constraint ${Q}$`), 'draftCheck.unknownConstraint'],
  [new RegExp(`^no question reveals ${Q}$`), 'draftCheck.unrevealed'],
  [new RegExp(`^no need comes from ${Q}$`), 'draftCheck.noNeed'],
  [new RegExp(`^unknown event ${Q}$`), 'draftCheck.unknownEvent'],
  [/^draws (?<count>\d+) events from a pool of (?<pool>\d+)$/, 'draftCheck.eventPool'],
  [/^allows (?<count>\d+) questions but lists (?<listed>\d+)$/, 'draftCheck.questionPool'],
  [new RegExp(`^duplicate [\\w ]+ id ${Q}$`), 'draftCheck.duplicateItem'],
  [new RegExp(`^unknown objective ${Q}$`), 'draftCheck.unknownObjective'],
  [/^an assess card must name the objectives/, 'draftCheck.assessNeedsObjectives'],
  [/^needs exactly one intro card \(has (?<count>\d+)\)$/, 'draftCheck.oneIntro'],
  [/^needs at least two observable objectives/, 'draftCheck.twoObservable'],
  [/^needs at least one vague objective/, 'draftCheck.oneVague'],
  [new RegExp(`^no assess card assesses ${Q}$`), 'draftCheck.unassessed'],
  [new RegExp(`^no learn card serves ${Q}$`), 'draftCheck.unserved'],
  [new RegExp(`^unknown card ${Q}$`), 'draftCheck.unknownCard'],
  [new RegExp(`^${Q} must be a learn card of the type "(?<type>[^"]+)"$`), 'draftCheck.fixCard'],
  [/^an express mission plays at most (?<count>\d+) cards$/, 'draftCheck.expressDeck'],
  [/^an express mission has no pilot$/, 'draftCheck.expressPilot'],
  [/^needs at least one pilot finding$/, 'draftCheck.needsPilot'],
  [/^missing its "(?<lang>[^"]+)" text/, 'draftCheck.missingLanguage'],
  [new RegExp(`^${Q} is in no playlist`), 'draftCheck.noPlaylist'],
  [/^leads with "(?<fact>[^"]+)" as "(?<other>[^"]+)" does/, 'draftCheck.sameLeadFact'],
  [new RegExp(`^${Q} is in no playable mission’s events`), 'draftCheck.eventNeverDrawn'],
];

/**
 * The interface's words for a check's message. zod's own messages come already in the teacher's language
 * (they start with a capital) and are returned as they are; a hand-written one no pattern knows (they start
 * in lowercase or with a quoted id) is still shown, as what the game says.
 */
export function sayProblem(message: string): SaidProblem | string {
  for (const [pattern, key] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return { key, params: { ...m.groups } };
  }
  return /^[a-z"]/.test(message) ? { key: 'draftCheck.other', params: { message } } : message;
}
