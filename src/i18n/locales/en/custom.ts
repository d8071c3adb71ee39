import type { Translation } from '../../locale.ts';

/** Missions from the workshop in the game: a teacher's session of them, a pupil's share link, a preview. */
export const custom: Translation<'custom'> = {
  'custom.refused.unreadable': 'This link or file holds no readable missions. Ask for a new one.',
  'custom.refused.notMissions': 'This file holds no workshop mission.',
  'custom.refused.tooMany': 'A session has at most 4 missions: remove some before adding more.',
  'custom.refused.notJson': 'This file is not a workshop mission file (.json).',
  'custom.refused.offline':
    'The workshop missions could not be checked ({status}). Check the connection, then reload the page.',
  'custom.refused.problems':
    'The mission “{title}” does not pass the game’s check ({n} {n|problem|problems}). First problem: {first} Open it in the workshop to fix it.',
  'custom.untitled': 'no. {n}',
  'custom.pupil.heading': 'This session plays workshop missions',
  'custom.pupil.missing':
    'The missions did not come with this link. Open the full link your teacher sent, or the missions file they gave you.',
  'custom.pupil.otherSession':
    'These missions are not this session’s. Open your teacher’s full link, or the right missions file.',
  'custom.pupil.openFile': 'Open the missions file',
  'custom.teacher.button': 'Workshop missions',
  'custom.teacher.intro':
    'Add the .json files written in the workshop (4 at most). The game checks them, then offers them as the “Workshop missions” path.',
  'custom.teacher.some': 'Offered now: {titles}.',
  'custom.teacher.refused': 'The missions kept here are refused: {reason}',
  'custom.teacher.import': 'Add mission files',
  'custom.teacher.drop': 'Remove the workshop missions',
  'custom.teacher.workshop': 'Write a mission in the workshop',
  'custom.teacher.refusedTitle': 'Missions refused',
  'custom.teacher.nothingChanged': 'Nothing changed.',
  'custom.teacher.close': 'Close',
  'custom.teacher.plan':
    '{n} workshop {n|mission. It travels with the full link or its file|missions. They travel with the full link or their file}: “Keep the results”, here or in the class debrief.',
  'custom.share.link': 'Copy the pupils’ full link',
  'custom.share.copied':
    'Link copied ({n} characters): send it to the pupils through the school platform or email.',
  'custom.share.copyFailed': 'The link could not be copied: give the missions file instead.',
  'custom.share.file': 'Missions file for the pupils',
  'custom.share.fileName': 'session-missions-{code}.json',
  'preview.backToWorkshop': 'Back to the workshop',
  'preview.nothing': 'No mission to try: start the try-out from the workshop.',
  'custom.play.preview': 'Try it in the game',
  'custom.play.share': 'Offer it to a class',
  'custom.play.blocked': 'Fix the check’s problems first.',
  'custom.share.open': 'Share the missions with the pupils',
  'custom.share.intro':
    'Pupils get the missions with the full link (send it through the school platform or email) or with their file. The QR code alone leads to the session, which then asks them for that file.',
};
