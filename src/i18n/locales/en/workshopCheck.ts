import type { Translation } from '../../locale.ts';

export const workshopCheck: Translation<'workshopCheck'> = {
  'draftCheck.empty': 'This text is empty: write it.',
  'draftCheck.slug': 'Write an id in lowercase letters, digits and dashes (such as “my-mission”).',
  'draftCheck.factId': 'Pick a fact by its id (such as F07).',
  'draftCheck.mixSum': 'The shares must add up to 1: adjust them.',
  'draftCheck.notPositive': 'Write 0 or a negative number.',
  'draftCheck.languageKey': 'A text holds only languages (fr, en…): remove the other key in the raw JSON.',
  'draftCheck.invalidJson': 'The JSON is invalid: fix it in the raw JSON view.',
  'draftCheck.duplicateId': 'The id “{id}” is already taken ({where}): choose another.',
  'draftCheck.unknownRecruiter': 'There is no kind of employer “{id}”: pick one from the list.',
  'draftCheck.unknownRank': 'There is no rank “{id}”: pick one from the list.',
  'draftCheck.unknownFormat': 'There is no format “{id}”: tick formats from the list.',
  'draftCheck.unknownTag': 'Nothing in the game brings “{id}”: pick what must be brought from the list.',
  'draftCheck.unknownConstraint':
    'There is no constraint “{id}”: write the id of one of the mission’s hidden constraints.',
  'draftCheck.unrevealed': 'No question reveals the constraint “{id}”: add a question that reveals it.',
  'draftCheck.noNeed': 'No need comes from the constraint “{id}”: give it as the origin of a need.',
  'draftCheck.unknownEvent': 'There is no event “{id}”: tick events from the list.',
  'draftCheck.eventPool':
    'The mission draws {count} {count|event|events} from {pool}: draw fewer or tick more.',
  'draftCheck.questionPool':
    'The mission allows {count} {count|question|questions} but lists {listed}: lower the number or add questions.',
  'draftCheck.duplicateItem': 'Two items have the id “{id}”: give them different ids.',
  'draftCheck.unknownObjective':
    'There is no objective “{id}”: write the id of one of the mission’s objectives.',
  'draftCheck.assessNeedsObjectives': 'An assess card must name the objectives it assesses: add some.',
  'draftCheck.oneIntro': 'The deck needs exactly one intro card (it has {count}): set the cards’ roles.',
  'draftCheck.twoObservable': 'It needs at least two observable objectives: tick “Observable” or add some.',
  'draftCheck.oneVague':
    'It needs at least one vague objective, so the choice can be wrong: untick “Observable” on one.',
  'draftCheck.unassessed': 'No assess card assesses “{id}”: add it to an assess card’s objectives.',
  'draftCheck.unserved': 'No learn card serves “{id}”: add it to a learn card’s objectives.',
  'draftCheck.unknownCard': 'There is no card “{id}”: write the id of one of the mission’s cards.',
  'draftCheck.fixCard':
    'The card “{id}” must be a learn card of the type “{type}”: change the card or the type.',
  'draftCheck.expressDeck': 'An express mission plays at most {count} {count|card|cards}: remove some.',
  'draftCheck.expressPilot': 'An express mission has no pilot: remove the findings.',
  'draftCheck.needsPilot': 'It needs at least one pilot finding: add one.',
  'draftCheck.missingLanguage': 'The “{lang}” text is missing: write it.',
  'draftCheck.noPlaylist': 'The mission “{id}” is in none of the game’s lists.',
  'draftCheck.sameLeadFact': 'The fact “{fact}” already opens the mission “{other}”: put another fact first.',
  'draftCheck.eventNeverDrawn':
    'No mission draws the event “{id}” any more: keep it in the mission’s events.',
  'draftCheck.required': 'This field is missing: fill it in.',
  'draftCheck.notNumber': 'Write a number.',
  'draftCheck.wholeNumber': 'Write a whole number.',
  'draftCheck.atLeast': 'Write at least {n}.',
  'draftCheck.moreThan': 'Write a number greater than {n}.',
  'draftCheck.atMost': 'Write at most {n}.',
  'draftCheck.fewItems': 'It needs at least {n}: add some.',
  'draftCheck.manyItems': 'It takes at most {n}: remove some.',
  'draftCheck.pickValue': 'Pick a value from the list.',
  'draftCheck.unknownKey': 'Unknown field “{keys}”: remove it in the raw JSON view.',
  'draftCheck.other': 'The game says: {message}',
};
