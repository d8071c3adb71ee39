import type { Activity, CardNeed, Indicator, Interviewee, RouteKind, Skill } from '../content/types.ts';
import type { StringKey } from '../i18n/t.ts';
import type { SessionPlaylist } from '../sim/classroom/sessionCode.ts';
import type { Principle } from '../sim/design.ts';
import type { Notice } from '../state/saveGame.ts';
import type { TextStep } from '../state/saveSchema.ts';
import type { EndPage } from '../state/store.ts';

// The words for the game's closed lists, written out key by key: a new value fails the type check until it
// has its words, and every key stays findable (tests/unit/i18n/locales.test.ts checks each one is used).

export const SKILL_NAMES: Record<Skill, StringKey> = {
  pedagogy: 'skill.pedagogy',
  web: 'skill.web',
  multimedia: 'skill.multimedia',
  lms: 'skill.lms',
  project: 'skill.project',
  listening: 'skill.listening',
  teamwork: 'skill.teamwork',
  funding: 'skill.funding',
};

export const ACTIVITY_NAMES: Record<Activity, StringKey> = {
  acquire: 'activity.acquire',
  investigate: 'activity.investigate',
  practise: 'activity.practise',
  produce: 'activity.produce',
  discuss: 'activity.discuss',
  collaborate: 'activity.collaborate',
};

export const INTERVIEWEE_NAMES: Record<Interviewee, StringKey> = {
  client: 'who.client',
  learner: 'who.learner',
  manager: 'who.manager',
};

/** What a card that cannot take place was missing, said as what it needs. */
export const CARD_NEED_NAMES: Record<CardNeed, StringKey> = {
  live: 'requires.live',
  community: 'requires.community',
  collaboration: 'requires.collaboration',
  interaction: 'requires.interaction',
};

export const INDICATOR_NAMES: Record<Indicator, StringKey> = {
  learning: 'indicator.learning',
  satisfaction: 'indicator.satisfaction',
  completion: 'indicator.completion',
  client: 'indicator.client',
};

export const PLAYLIST_NAMES: Record<SessionPlaylist, StringKey> = {
  classroom: 'playlist.classroom',
  career: 'playlist.career',
  kiosk: 'playlist.kiosk',
  custom: 'playlist.custom',
};

export const ROUTE_KIND_NAMES: Record<RouteKind, StringKey> = {
  study: 'end.routeKind.study',
  'job-search': 'end.routeKind.job-search',
  pay: 'end.routeKind.pay',
};

export const END_PAGE_NAMES: Record<EndPage, StringKey> = {
  path: 'end.page.path',
  skills: 'end.page.skills',
  real: 'end.page.real',
  quiz: 'end.page.quiz',
};

export const TEXT_STEP_NAMES: Record<TextStep, StringKey> = {
  0: 'settings.textStep0',
  1: 'settings.textStep1',
  2: 'settings.textStep2',
};

export const NOTICE_TEXTS: Record<Notice, StringKey> = {
  'storage-unavailable': 'notice.storage-unavailable',
  'save-unreadable': 'notice.save-unreadable',
  'save-migrated': 'notice.save-migrated',
  'language-unavailable': 'notice.language-unavailable',
};

/** The principles a storyboard is judged by, as the design debrief says them (some take a number, {n}). */
export const PRINCIPLE_NAMES: Record<Principle, StringKey> = {
  'intro-first': 'review.principle.intro-first',
  'practice-first': 'review.principle.practice-first',
  variety: 'review.principle.variety',
  active: 'review.principle.active',
};
