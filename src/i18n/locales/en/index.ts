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

export default {
  meta: {
    tag: 'en-GB',
    name: 'English',
    playIn: 'Play in English',
    labelPattern: '{label}: {value}',
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
