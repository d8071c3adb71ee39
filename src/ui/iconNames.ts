/** The Lucide icons the game draws, in atlas order (scripts/gen-icons.ts packs them into one image). */
export const ICON_NAMES = [
  'arrow-left',
  'arrow-right',
  'blend',
  'briefcase',
  'building-2',
  'check',
  'circle-check',
  'circle-x',
  'clock',
  'gamepad-2',
  'graduation-cap',
  'info',
  'languages',
  'layout-template',
  'lightbulb',
  'monitor-play',
  'package',
  'play',
  'presentation',
  'rotate-ccw',
  'school',
  'settings',
  'star',
  'star-filled',
  'target',
  'triangle-alert',
  'user',
  'users',
  'volume-2',
  'volume-x',
  'wallet',
  'wrench',
  'x',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

export const ICON_CELL = 64;
export const ICON_COLUMNS = 8;
