import type { IconName } from './iconNames.ts';

/** The icon that stands for each learning format wherever formats are shown. */
export const FORMAT_ICONS: Record<string, IconName> = {
  mooc: 'school',
  webinar: 'presentation',
  'serious-game': 'gamepad-2',
  'interactive-module': 'layout-template',
  blended: 'blend',
};
