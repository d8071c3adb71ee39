import type { Translation } from '../../locale.ts';

export const title: Translation<'title'> = {
  'game.title': 'Pédago Studio',
  'game.tagline': 'In the shoes of an instructional designer',
  'title.new': 'New career',
  'title.continue': 'Continue',
  'title.settings': 'Settings',
  'title.confirmTitle': 'Start over?',
  'title.confirmText': 'A career is in progress. Starting a new one will erase the save.',
  'title.confirmYes': 'Yes, new career',
  'title.confirmNo': 'Cancel',
  'notice.storage-unavailable':
    'Saving is not possible on this device: the game goes on, but will not be kept.',
  'notice.save-unreadable': 'The old save could not be read: it was set aside and a fresh game starts.',
  'notice.save-migrated': 'Your save was updated for this version of the game.',
  'notice.language-unavailable':
    'Your save’s language is not in this version of the game: it shows in its default language instead.',
  'notice.dismiss': 'Close the message',
  'common.back': 'Back',
  'title.careerSummary':
    'Last career: {missions} {missions|mission|missions}, {stars} {stars|star|stars} out of {max}, position reached: {rank}.',
  'title.review': 'Career review',
};
