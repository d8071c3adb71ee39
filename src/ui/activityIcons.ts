import type { Activity, Interviewee } from '../content/types.ts';
import type { IconName } from './iconNames.ts';

/** The icon that stands for each learning type on activity cards and charts. */
export const ACTIVITY_ICONS: Record<Activity, IconName> = {
  acquire: 'book-open',
  investigate: 'lightbulb',
  practise: 'target',
  produce: 'wrench',
  discuss: 'message-circle',
  collaborate: 'users',
};

/** Who is interviewed in the analysis phase. */
export const INTERVIEWEE_ICONS: Record<Interviewee, IconName> = {
  client: 'briefcase',
  learner: 'graduation-cap',
  manager: 'user',
};
