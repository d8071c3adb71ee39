import type { Locale } from '../../locale.ts';
import { career } from './career.ts';
import { classroom } from './classroom.ts';
import { course } from './course.ts';
import { custom } from './custom.ts';
import { design } from './design.ts';
import { end } from './end.ts';
import { kiosk } from './kiosk.ts';
import { mission } from './mission.ts';
import { settings } from './settings.ts';
import { sound } from './sound.ts';
import { title } from './title.ts';
import { workshop } from './workshop.ts';
import { workshopCheck } from './workshopCheck.ts';
import { workshopFields } from './workshopFields.ts';

/** The reference language: every file here is a group of keys that other languages translate file for file. */
export const groups = {
  title,
  settings,
  sound,
  mission,
  design,
  career,
  end,
  kiosk,
  classroom,
  course,
  custom,
  workshop,
  workshopFields,
  workshopCheck,
};

export default {
  meta: {
    tag: 'fr-FR',
    name: 'Français',
    playIn: 'Jouer en français',
    labelPattern: '{label}\u00a0: {value}',
  },
  strings: {
    ...title,
    ...settings,
    ...sound,
    ...mission,
    ...design,
    ...career,
    ...end,
    ...kiosk,
    ...classroom,
    ...course,
    ...custom,
    ...workshop,
    ...workshopFields,
    ...workshopCheck,
  },
} satisfies Locale;
