/** The captions of the sounds that mean something (src/ui/soundCaptions.ts): what a player who cannot hear them misses. */
export const sound = {
  'sound.error': 'Son de refus',
  'sound.jingleGood': 'Jingle de réussite',
  'sound.jingleMid': 'Jingle encourageant',
  'sound.jingleBad': 'Jingle «\u00a0peut mieux faire\u00a0»',
  'sound.coin': 'Tintement de pièces',
  'sound.card': 'Une carte arrive',
  'sound.chat': 'Nouveau message',
  'sound.alert': 'Alerte\u00a0: souci technique',
  'sound.drop': 'Carte posée',
  'sound.rankUp': 'Fanfare de promotion',
  'sound.star': 'Une étoile tinte',
  'sound.right': 'Bonne réponse',
  'sound.wrong': 'Mauvaise réponse',
};
