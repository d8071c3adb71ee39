/**
 * The kiosk's crash screen, kept apart from the other strings: it must be shown even when the game
 * broke before the string tables arrived, so these few lines ship inside the code.
 */
export const crashFr = {
  'kiosk.crashTitle': 'Oups, un petit souci !',
  'kiosk.crashText': 'La borne redémarre…',
} as const;

export const crashEn: Record<keyof typeof crashFr, string> = {
  'kiosk.crashTitle': 'Oops, a small hitch!',
  'kiosk.crashText': 'The kiosk is restarting…',
};
