import type { Translation } from '../../locale.ts';

export const course: Translation<'course'> = {
  'course.intro.lms':
    'You will play an instructional designer: understand a need, choose a format, tools and a team. Your stars and your progress go to your learning platform.',
  'course.intro.browser':
    'You will play an instructional designer: understand a need, choose a format, tools and a team. No platform is following this course: your progress stays in this browser.',
  'course.intro.fallback':
    'You will play an instructional designer: understand a need, choose a format, tools and a team. Your platform is not answering as it should: your progress stays in this browser.',
  'course.platform.fallback':
    'Your learning platform is not answering as it should: your progress stays in this browser.',
};
