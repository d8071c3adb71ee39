import type { Translation } from '../../locale.ts';

export const kiosk: Translation<'kiosk'> = {
  'kiosk.touch': 'Touch to play',
  'kiosk.pitch': 'A few minutes in the shoes of an instructional designer',
  'kiosk.step1': "Listen to the client's need",
  'kiosk.step2': 'Choose the right format',
  'kiosk.step3': 'Gather tools and a team',
  'kiosk.step4': 'Deliver, then see what worked',
  'kiosk.free': 'Free · no sign-up · 3 to 5 minutes',
  'kiosk.finishMission': 'What comes next',
  'kiosk.endTitle': 'Thanks for playing!',
  'kiosk.endStars': '{n} star(s) out of {max}',
  'kiosk.factsTitle': 'Three things to know about the job',
  'kiosk.more': 'To find out more, scan with your phone:',
  'kiosk.done': 'Finish',
  'kiosk.stillThere': 'Still there?',
  'kiosk.countdown': 'The game stops in {n} s.',
  'kiosk.touchToStay': 'Touch the screen to carry on.',
  'kiosk.stay': 'Keep playing',
  'kiosk.crashTitle': 'Oops, a small hitch!',
  'kiosk.crashText': 'The kiosk is restarting…',
};
