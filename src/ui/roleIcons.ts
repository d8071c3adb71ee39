import type { IconName } from './iconNames.ts';

/** What each trade works on at their desk, shown on their screen and in the work rising from it. */
export const ROLE_ICONS: Record<string, IconName> = {
  'expert-metier': 'pen-line',
  graphiste: 'palette',
  videaste: 'video',
  developpeur: 'code',
  'integrateur-lms': 'package',
  'community-manager': 'message-circle',
  tuteur: 'graduation-cap',
  'game-designer': 'gamepad-2',
  'referent-accessibilite': 'accessibility',
  'designer-sonore': 'music',
  'charge-projets-financements': 'coins',
};
