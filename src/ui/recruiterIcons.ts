import type { IconName } from './iconNames.ts';

/** The icon that stands for each kind of employer (recruiter ids of levels/catalogue/recruiters.json). */
export const RECRUITER_ICONS: Record<string, IconName> = {
  universite: 'graduation-cap',
  'centre-recherche': 'lightbulb',
  'formation-distance': 'monitor-play',
  'formation-pro': 'briefcase',
  'studio-serious-game': 'gamepad-2',
  'plateforme-cours': 'layout-template',
};

export const recruiterIcon = (id: string): IconName => RECRUITER_ICONS[id] ?? 'building-2';
