import { t } from '../../i18n/t.ts';
import type { Rect } from '../../ui/layout.ts';
import type { GameScene } from '../GameScene.ts';
import { openMissionsMenu } from './customMissionsMenu.ts';

/** The teacher's button for the workshop's missions, which opens their menu; a square icon where told. */
export function customMissionsButton(scene: GameScene, at: Rect, iconOnly = false): void {
  scene.btnPublic({
    ...at,
    text: iconOnly ? '' : t('custom.teacher.button'),
    ariaLabel: iconOnly ? t('custom.teacher.button') : undefined,
    icon: 'pen-line',
    key: 'custom-missions',
    onPress: () => openMissionsMenu(scene),
  });
}
