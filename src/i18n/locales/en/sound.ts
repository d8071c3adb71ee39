import type { Translation } from '../../locale.ts';

export const sound: Translation<'sound'> = {
  'sound.error': 'Refusal sound',
  'sound.jingleGood': 'Success jingle',
  'sound.jingleMid': 'Encouraging jingle',
  'sound.jingleBad': '“Could do better” jingle',
  'sound.coin': 'Coins clink',
  'sound.card': 'A card slides in',
  'sound.chat': 'New message',
  'sound.alert': 'Alert: technical hitch',
  'sound.drop': 'Card put in place',
  'sound.rankUp': 'Promotion fanfare',
  'sound.star': 'A star chimes',
  'sound.right': 'Right answer',
  'sound.wrong': 'Wrong answer',
};
