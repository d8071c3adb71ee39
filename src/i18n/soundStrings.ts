/** The captions of the sounds that mean something (src/ui/soundCaptions.ts): what a player who cannot hear them misses. */
export const soundFr = {
  'sound.error': 'Son de refus',
  'sound.jingleGood': 'Jingle de réussite',
  'sound.jingleMid': 'Jingle encourageant',
  'sound.jingleBad': 'Jingle « peut mieux faire »',
  'sound.coin': 'Tintement de pièces',
  'sound.card': 'Une carte arrive',
  'sound.chat': 'Nouveau message',
  'sound.alert': 'Alerte : souci technique',
  'sound.drop': 'Carte posée',
  'sound.rankUp': 'Fanfare de promotion',
  'sound.right': 'Bonne réponse',
  'sound.wrong': 'Mauvaise réponse',
};

export type SoundKey = keyof typeof soundFr;

export const soundEn: Record<SoundKey, string> = {
  'sound.error': 'Refusal sound',
  'sound.jingleGood': 'Success jingle',
  'sound.jingleMid': 'Encouraging jingle',
  'sound.jingleBad': '"Could do better" jingle',
  'sound.coin': 'Coins clink',
  'sound.card': 'A card slides in',
  'sound.chat': 'New message',
  'sound.alert': 'Alert: technical hitch',
  'sound.drop': 'Card put in place',
  'sound.rankUp': 'Promotion fanfare',
  'sound.right': 'Right answer',
  'sound.wrong': 'Wrong answer',
};
